"""Chinese names for the kinds that had none, and Chinese children's marks (zh46, stop 46, issue 9).

Stops 41-45 added kinds with English names only (field monitors, broadband routers, AV receivers, RC receivers and
video transmitters, FPV cameras, radiator valves and heads, bimetal thermostat switches, temperature controllers,
glow igniters, tuners, MIDI controllers, cardboard cutouts, cat laser toys, air hockey tables, aerial work
platforms), so a Chinese seller's title of the same product read a wider kind (功放, 摄像头, 温控器) or nothing. Chinese
children's age ranges (3-6岁, 0-3个月, 3岁以上) and a few child words (新生儿, 大童, 少儿, 小朋友) were not read either,
while the English ones were. CJK words match inside longer runs, so each word has a look-alike that must keep its
own reading (对讲机 in 可视对讲机, 激光笔 in 逗猫激光笔, 温控器 in 突跳式温控器, 图传 in 图传接收机).
"""

from __future__ import annotations

import pytest

# --- kinds named in Chinese --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "kind"), [
    ("7寸 摄影监视器 4K HDMI 单反微单", "field_monitor"),
    ("导演监视器 5.5寸 触摸屏", "field_monitor"),
    ("阿童木 监视记录仪 4K录制", "field_monitor"),
    ("宽带路由器 千兆 企业级 多WAN口", "broadband_router"),
    ("企业级路由器 多WAN口 行为管理", "broadband_router"),
    ("四网口 千兆 软路由 J4125", "broadband_router"),
    ("天龙 AVR-X1700H 7.2声道 AV功放", "av_receiver"),
    ("家庭影院功放 5.1 蓝牙 HDMI", "av_receiver"),
    ("收扩机 复古 收音功放一体", "av_receiver"),
    ("手持CB对讲机 27MHz 40频道", "handheld_cb_radio"),
    ("航模接收机 2.4G 6通道 PWM", "rc_receiver"),
    ("富斯接收机 FS-iA6B 6通道", "rc_receiver"),
    ("ELRS接收机 2.4G 穿越机 nano", "rc_receiver"),
    ("可视对讲 楼宇 门禁 室内机", "intercom"),
    ("楼宇对讲机 室内分机 7寸", "intercom"),
    ("智能温控器 地暖 WiFi 手机远程", "smart_thermostat"),
    ("暖气片智能温控阀 家用 定时", "radiator_thermostat"),
    ("暖气片温控阀 DN15 家用 自力式", "radiator_valve"),
    ("散热器恒温阀 直通 角阀", "radiator_valve"),
    ("KSD301 温控开关 常闭 85度", "thermostat_switch"),
    ("突跳式温控器 常开 250V", "thermostat_switch"),
    ("过热保护器 电机 自动复位", "thermostat_switch"),
    ("K型 数显 温控仪 全自动", "temperature_controller"),
    ("智能温控仪 PID 全自动", "temperature_controller"),
    ("温度控制器 数显 冷库 STC-1000", "temperature_controller"),
    ("温控插座 爬宠 加热 定时", "temperature_controller"),
    ("甲醇发动机 电热塞点火器 充电式", "glow_igniter"),
    ("5.8G图传 48频道 600mW 穿越机", "rc_video_transmitter"),
    ("FPV图传 模拟 1W 48频道", "rc_video_transmitter"),
    ("FPV摄像头 1200TVL 穿越机 夜视", "fpv_camera"),
    ("穿越机摄像头 宽电压 微型", "fpv_camera"),
    ("吉他调音器 夹式 电子 通用", "electronic_tuner"),
    ("小提琴 二胡 古筝 通用 校音器", "electronic_tuner"),
    ("小天使 调音节拍器 三合一", "electronic_tuner"),
    ("MIDI控制器 打击垫 USB 编曲", "midi_controller"),
    ("真人立牌 人形立牌 定制 KT板", "cardboard_cutout"),
    ("逗猫激光笔 USB充电 红点", "pet_laser_toy"),
    ("激光逗猫棒 自嗨 猫咪玩具", "pet_laser_toy"),
    ("冰球桌 家用 大型 双人对战", "air_hockey_table"),
    ("高空作业平台 剪叉式升降机 电动", "aerial_work_platform"),
    ("音乐盒 旋转木马 生日礼物", "home_decor"),
])
def test_a_kind_named_in_chinese_reads_as_the_english_name(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]


@pytest.mark.parametrize(("title", "kind"), [
    ("无线路由器 千兆 双频", "router"),            # a home Wi-Fi router keeps the router
    ("功放机 大功率 家用 蓝牙", "amplifier"),      # an amplifier without "AV" or a tuner
    ("卡拉OK功放 前级 混响", "amplifier"),
    ("对讲机 一对 民用 大功率", "walkie_talkie"),  # 对讲机 sits in 可视对讲机 and CB对讲机
    ("可视对讲门铃 家用 无线", "video_doorbell"),  # the doorbell kind keeps its name
    ("卫星接收机 高清", "tv_receiver"),            # 接收机 alone is no RC part
    ("温控器 壁挂炉 有线", "thermostat"),          # a bare 温控器 stays a room thermostat
    ("地暖温控开关 液晶 面板", "thermostat"),      # a floor-heating wall unit, not a bimetal switch
    ("调音台 8路 带效果", "amplifier"),            # a mixing desk holds 调音
    ("逗猫棒 羽毛 替换头", "pet_toy"),             # a plain teaser wand
    ("激光笔 绿光 教学 指示", "multimeter"),       # a laser pointer, as before
    ("监控摄像头 家用 夜视", "security_camera"),  # 摄像头 without FPV
    ("MIDI键盘 49键", "musical_instrument"),       # as English "midi keyboard"
])
def test_the_wider_chinese_kind_keeps_its_reading(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]


def test_a_video_receiver_is_no_video_transmitter(classify):
    result = classify("5.8G图传接收机 FPV 双天线")
    assert result.product_type != "rc_video_transmitter", result.basis["product_type"]


def test_classes_follow_the_new_kinds(classify):
    tuner = classify("吉他调音器 夹式")
    assert tuner.classes["eee"] and tuner.classes["battery"]
    av = classify("家庭影院功放 5.1")
    assert av.classes["radio"] and av.classes["mains_lv"]
    switch = classify("KSD301 温控开关 常闭")
    assert not switch.classes["radio"] and not switch.classes["electronic"]
    valve = classify("暖气片温控阀 DN15")
    assert not valve.classes["eee"] and not valve.classes["mains_lv"]
    laser = classify("逗猫激光笔 USB充电")
    assert not laser.classes["toy"] and laser.classes["battery"]
    pid = classify("智能温控仪 PID 数显")     # an industrial controller's 智能 is its circuitry, not a network
    assert not pid.classes["radio"], pid.basis["radio"]
    music_box = classify("音乐盒 八音盒 发条")  # a wind-up music box has no circuit
    assert not music_box.classes["eee"], music_box.basis["eee"]


def test_a_light_up_music_box_still_reads_its_battery(classify):
    result = classify("音乐盒 发光 充电 旋转")
    assert result.classes["eee"] and result.classes["battery"]


# --- children's marks in Chinese ---------------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "连衣裙 3-6岁 夏季 纯棉",
    "保温杯 3岁以上 不锈钢",
    "T恤 0-3个月 纯棉 短袖",
    "短裤 适合1-3岁 夏季",
    "水杯 6-12个月 防漏",
    "雨衣 4岁+ 卡通",
    "卫衣 大童 春秋 加绒",
    "运动鞋 少儿 网面 透气",
    "睡衣 新生儿 纯棉",
    "帽子 小朋友 遮阳",
    "棉服 童款 加厚",
])
def test_a_chinese_age_range_or_child_word_reads_children(classify, title):
    result = classify(title)
    assert result.classes["children_12_under"], result.basis["children_12_under"]


@pytest.mark.parametrize("title", [
    "充电宝 质保12个月 20000毫安",     # a warranty's months are no age
    "保温杯 保修3个月",
    "连衣裙 13-16岁 少女",             # no child range ends past 12
    "积木 14岁以上 高难度 机械组",      # 14+ is the adult mark, as English "14+"
    "拼装模型 18岁+ 成人",
])
def test_a_chinese_number_that_is_no_child_age_reads_no_children(classify, title):
    result = classify(title)
    assert not result.classes["children_12_under"], result.basis["children_12_under"]


# --- blind boxes and designer toys -------------------------------------------------------------------------------


def test_a_blind_box_is_a_figure_and_a_designer_toy_brand_is_for_collectors(classify):
    kids = classify("盲盒 奥特曼 儿童 玩具")
    assert kids.product_type == "action_figure" and kids.classes["toy"]
    pop = classify("泡泡玛特 盲盒 Molly 系列")
    assert pop.product_type == "action_figure" and not pop.classes["toy"], pop.basis["toy"]
    art = classify("潮玩 盲盒 可爱 摆件")
    assert not art.classes["toy"], art.basis["toy"]


@pytest.mark.parametrize(("title", "kind"), [
    ("零食盲盒 大礼包 网红", "food"),
    ("化妆品盲盒 口红 小样", "cosmetics"),
])
def test_a_mystery_box_of_other_goods_is_no_figure(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]


# --- talking and voice toys ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "毛绒玩具 学说话 仙人掌 可爱",     # a talk-back toy, as English "repeats what you say"
    "鹦鹉 学舌 毛绒玩具 录音",
])
def test_a_talk_back_toy_has_a_voice_chip_and_cells(classify, title):
    result = classify(title)
    assert result.classes["eee"] and result.classes["battery"], result.basis["battery"]


def test_a_voice_toy_is_electrical(classify):
    result = classify("玩具 语音 互动 小狗")
    assert result.classes["eee"], result.basis["eee"]


def test_phonetic_flashcards_are_no_voice_chip(classify):
    result = classify("英语音标卡片 儿童 早教")   # 英语音标 holds 语音
    assert not result.classes["eee"], result.basis["eee"]


# --- electrical marks that were already read (documented, unchanged) ---------------------------------------------


@pytest.mark.parametrize(("title", "cls", "value"), [
    ("遥控车 2.4G 四驱 越野 儿童", "radio", True),
    ("遥控车 红外 儿童 玩具", "radio", False),
    ("台灯 USB充电 LED 护眼", "battery", True),
    ("台灯 插电 护眼 卧室", "mains_lv", True),
    ("毛绒玩具 发光 音乐 安抚", "eee", True),
    ("玩具车 声光 惯性 儿童", "battery", True),
    ("音箱 无线 WiFi 家用", "radio", True),
    ("挂烫机 220V 家用 手持", "mains_lv", True),
])
def test_chinese_power_and_link_words_are_read(classify, title, cls, value):
    result = classify(title)
    assert bool(result.classes[cls]) is value, result.basis[cls]
