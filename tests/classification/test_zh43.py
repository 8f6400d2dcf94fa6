"""Chinese names for stop 43's vocabulary (zh43, stop 43, issue 9).

Stop 43 taught the classifier toy and game lines named by title (Yu-Gi-Oh!, Hot Wheels, Nerf, Monopoly, Catan...)
and new English words (DVD writers, lens filters, laptop cooling pads, bicycle front lights, screwdriver bits, cord
tidies, waist bands) in English only. Chinese sellers write those products under their established Chinese
names: 游戏王, 风火轮, 多美卡, 热火, 乐高, 卡坦岛, 刻录机, 偏振镜, 散热底座, 自行车前灯, 批头, 理线器. Each word
has a look-alike that must keep its reading: CJK words match inside longer runs (电热火锅 holds 热火, 欢乐高尔夫
乐高). And a musical greeting card's Chinese words (音乐贺卡) hid the card word 贺卡 inside them, so the card read
no type.
"""

from __future__ import annotations

import pytest

# --- toy and card-game lines by their Chinese names -------------------------------------------------------------


@pytest.mark.parametrize(("title", "kind"), [
    ("游戏王 决斗者传说 卡组", "trading_cards"),
    ("游戏王卡 OCG 日文原版 补充包", "trading_cards"),
    ("万智牌 中文版 补充包", "trading_cards"),
    ("风火轮 合金小车 尼桑 GTR", "toy_vehicle"),
    ("多美卡 23号 丰田 Supra", "toy_vehicle"),
    ("热火 精英2.0 指挥官", "toy_weapon"),
    ("爆丸 战斗星球 龙", "toy"),
    ("乐高 75192 千年隼", "building_set"),
    ("乐高 城市系列 消防局", "building_set"),
])
def test_a_line_named_in_chinese_names_its_kind(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["toy"], result.basis.get("toy")


@pytest.mark.parametrize(("title", "kind"), [
    ("电热火锅 多功能", None),            # an electric hot pot holds 热火
    ("迈阿密热火队 球衣", "uniform_workwear"),  # the Miami Heat
    ("哪吒风火轮 cos道具", None),          # Nezha's wheels, a costume prop
    ("爆丸子 零食", "food"),              # fried meatballs
    ("游戏王国 儿童积木", "building_set"),   # a games shop's name
    ("娱乐高手 扑克", "playing_cards"),      # 娱乐高手 holds 乐高
    ("欢乐高尔夫 推杆练习器", None),         # golf
])
def test_chinese_look_alikes_of_the_line_names_keep_their_reading(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.product_type in {"food", "playing_cards", "building_set"} or not result.classes["toy"]


# --- named games ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "kind"), [
    ("卡坦岛 基础版 中文", "board_game"),
    ("卡卡颂 扩展", "board_game"),
    ("地产大亨 经典版", "board_game"),
    ("以色列麻将 便携", "board_game"),     # Rummikub, not a mahjong set
    ("四子棋 立体", "board_game"),
    ("拼字游戏 英文", "board_game"),
    ("爆炸猫 中文版", "card_game"),
])
def test_a_family_game_named_in_chinese_is_a_game_for_everyone(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["toy"] and not result.classes["children_12_under"], result.basis["children_12_under"]


@pytest.mark.parametrize("title", ["鳄鱼拔牙 手指", "海盗桶 插剑 整蛊", "河马吃豆 游戏"])
def test_a_childrens_action_game_named_in_chinese_is_childrens(classify, title):
    result = classify(title)
    assert result.product_type == "kids_game", result.basis["product_type"]
    assert result.classes["children_12_under"], result.basis["children_12_under"]


def test_a_mahjong_set_stays_a_mahjong_set(classify):
    assert classify("麻将 家用 手搓").product_type == "playing_cards"


@pytest.mark.parametrize("title", ["PS4游戏 战神 光盘", "PS5游戏 光盘 中文"])
def test_a_consoles_game_in_chinese_is_a_video_game_not_a_toy(classify, title):
    result = classify(title)
    assert result.product_type == "video_game", result.basis["product_type"]
    assert not result.classes["toy"]


@pytest.mark.parametrize(("title", "kind"), [("Switch游戏机 续航版", "game_console"),
                                             ("PS4游戏手柄 无线", "game_controller")])
def test_a_console_and_its_controller_keep_their_kind(classify, title, kind):
    assert classify(title).product_type == kind


# --- the new English words of stop 43 in Chinese ----------------------------------------------------------------


@pytest.mark.parametrize(("title", "kind"), [
    ("DVD刻录机 内置", "internal_drive"),
    ("外置DVD刻录机 USB3.0", "external_drive"),
    ("CPL偏振镜 58mm", "camera_accessory"),
    ("ND减光镜 可调", "camera_accessory"),
    ("笔记本散热底座 静音", "portable_fan"),
    ("自行车前灯 USB充电", "bike_light"),
    ("十字批头 S2 强磁", "hand_tool"),
    ("钨钢旋转锉 套装", "hand_tool"),
    ("收腹带 产后", "underwear"),
    ("暴汗服 女 运动", "underwear"),
    ("理线器 桌面 数据线收纳", "storage_organisation"),
])
def test_stop_43s_new_words_in_chinese(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]


def test_a_dvd_writer_is_no_film(classify):
    assert classify("DVD刻录机 内置").classes["eee"]


@pytest.mark.parametrize(("title", "kind"), [
    ("偏光镜 墨镜 男", "eyewear"),           # polarised sunglasses, no lens filter
    ("一批头盔", "helmet"),                  # 一批 + 头盔 holds 批头
    ("数据线 快充", "charging_cable"),
    ("移动硬盘 1TB", "external_drive"),
])
def test_look_alikes_of_the_new_words_keep_their_kind(classify, title, kind):
    assert classify(title).product_type == kind


# --- a musical greeting card ------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["音乐贺卡 生日 祝福", "发光贺卡 圣诞", "会唱歌的贺卡 录音"])
def test_a_musical_or_light_up_card_in_chinese_has_its_button_cell(classify, title):
    result = classify(title)
    assert result.product_type == "invitation", result.basis["product_type"]
    assert result.classes["battery"] and result.classes["eee"], result.basis.get("battery")


@pytest.mark.parametrize("title", ["生日贺卡 手写", "音乐节 贺卡"])
def test_a_printed_card_stays_passive(classify, title):
    result = classify(title)
    assert result.product_type == "invitation", result.basis["product_type"]
    assert not result.classes["eee"] and not result.classes["battery"]
