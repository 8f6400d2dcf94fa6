"""bench/taxonomy_audit.py on a tiny taxonomy written here (the real one is not in the repository): exit 2 without
the file, per-branch counts, and `--list` of one branch."""

from __future__ import annotations

from pathlib import Path

from bench import taxonomy_audit

ROWS = [
    "Home & Garden",
    "Home & Garden > Kitchen & Dining > Kitchen Appliances > Coffee Makers & Espresso Machines",
    "Home & Garden > Kitchen & Dining > Kitchen Appliance Accessories > Coffee Maker & Espresso Machine Accessories",
    "Toys & Games > Toys > Dolls, Playsets & Toy Figures > Dolls",
]


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "taxonomy.csv"
    path.write_text("id,path\n" + "".join(f"{n},\"{row}\"\n" for n, row in enumerate(ROWS, 1)), encoding="utf-8")
    return path


def test_without_the_file_it_exits_2_with_a_message(tmp_path, capsys):
    assert taxonomy_audit.main(["--taxonomy", str(tmp_path / "absent.csv")]) == 2
    assert "no taxonomy file" in capsys.readouterr().err


def test_a_file_without_a_path_column_exits_2(tmp_path, capsys):
    path = tmp_path / "wrong.csv"
    path.write_text("id,name\n1,Toys\n", encoding="utf-8")
    assert taxonomy_audit.main(["--taxonomy", str(path)]) == 2
    assert "no 'path' column" in capsys.readouterr().err


def test_counts_per_branch(tmp_path, capsys):
    assert taxonomy_audit.main(["--taxonomy", str(_write(tmp_path))]) == 0
    lines = {line.split(" | ")[0]: line.split(" | ") for line in capsys.readouterr().out.splitlines()}
    home, toys = lines["Home & Garden"], lines["Toys & Games"]
    assert home[1] == "3" and toys[1] == "1"
    columns = lines["branch"]
    assert home[columns.index("mains")] == "1"  # the coffee makers, not their accessories
    assert toys[columns.index("toy")] == "1" and home[columns.index("toy")] == "0"
    assert lines["all"][1] == "4"


def test_list_prints_each_path_of_a_branch_with_its_type(tmp_path, capsys):
    assert taxonomy_audit.main(["--taxonomy", str(_write(tmp_path)), "--list", "Home & Garden > Kitchen & Dining"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2
    assert out[0].startswith(ROWS[1]) and "coffee_maker [mains eee]" in out[0]
    assert out[1].startswith(ROWS[2]) and "coffee_maker" not in out[1]


def test_list_of_an_unknown_branch_exits_2(tmp_path, capsys):
    assert taxonomy_audit.main(["--taxonomy", str(_write(tmp_path)), "--list", "Toys"]) == 2
    assert "no path under" in capsys.readouterr().err
