"""`pos-returns print ...` as a person runs it: a receipt again (PDF, PNG, on a printer
that is off), the test page, the poster in every language, the queue and the setup; and
no printer nor output file that would write over the database."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from cli.test_store_commands import db, pos, ret  # noqa: F401 - `db` is a fixture
from PIL import Image
from printing.escpos_bytes import decode
from pypdf import PdfReader


def returned(db: str) -> str:  # noqa: F811
    result = ret(db, "--line", "1:1", "--lang", "lv", "--json")
    assert result.returncode == 0, result.stderr
    import json

    return json.loads(result.stdout)["return"]


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_a_receipt_again_as_pdf_and_png_in_the_customers_language(
    db: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    number = returned(db)
    pdf, png = tmp_path / "r.pdf", tmp_path / "r.png"
    result = pos("print", "receipt", number, "--pdf", str(pdf), "--png", str(png), db=db)
    assert result.returncode == 0, result.stderr
    text = pdf_text(pdf)
    assert "ATGRIEŠANAS ČEKS" in text and number in text and "Wool scarf" in text
    assert "KOPIJA" not in text  # never printed yet: not a copy
    assert Image.open(png).width == 512 + 32  # TM-T88V's 512 dots and the paper margin
    a4 = tmp_path / "a4.pdf"
    assert (
        pos(
            "print", "receipt", number, "--pdf", str(a4), "--page", "a4", "--lang", "fr", db=db
        ).returncode
        == 0
    )
    assert "REÇU DE RETOUR" in pdf_text(a4)


def test_a_printer_that_is_off_keeps_the_receipt_in_the_queue(db: str) -> None:  # noqa: F811
    number = returned(db)
    result = pos("print", "receipt", number, "--printer", "tcp://127.0.0.1:9", db=db)
    assert result.returncode == 1
    assert result.stderr.startswith("Printer offline: check cable and paper")
    assert "waits in the print queue" in result.stderr
    queue = pos("print", "queue", db=db)
    assert "reprint" in queue.stdout and "queued" in queue.stdout
    assert "Printer offline" in queue.stdout


def test_the_test_page_bytes_carry_every_language(tmp_path: Path) -> None:
    out = tmp_path / "test.bin"
    result = pos(
        "print", "test", "--printer", "preview:", "--profile", "TM-T20II", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    printout = decode(out.read_bytes())
    assert printout.problems == [] and "?" not in printout.text
    assert "ā č ē ģ ī ķ ļ ņ š ū" in printout.text
    assert "Reçu de retour" in printout.text
    assert max(len(line.text) for line in printout.lines) == 48
    offline = pos("print", "test", "--printer", "tcp://127.0.0.1:9")
    assert offline.returncode == 1 and "Printer offline" in offline.stderr


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "lv"])
def test_the_poster_in_every_language(db: str, tmp_path: Path, lang: str) -> None:  # noqa: F811
    out = tmp_path / f"poster-{lang}.pdf"
    result = pos("print", "poster", "--lang", lang, "--format", "A3", "--out", str(out), db=db)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    title = {
        "en": "Our return policy",
        "fr": "Nos conditions de retour",
        "nl": "Ons retourbeleid",
        "lv": "Mūsu atgriešanas noteikumi",
    }[lang]
    assert title in text
    assert "30" in text and "15" in text  # the key numbers: days, fee


def test_setting_up_a_printer_takes_a_manager_and_a_real_url(db: str) -> None:  # noqa: F811
    def setup(register: str, url: str, who: str, pin: str, *extra: str):  # noqa: ANN202
        return pos(
            "print",
            "setup",
            "--register",
            register,
            "--printer",
            url,
            "--employee",
            who,
            "--pin",
            pin,
            *extra,
            db=db,
        )

    cashier = setup("R1", "tcp://10.0.0.9", "101", "1234")
    assert cashier.returncode == 2 and "manager" in cashier.stderr
    bad = setup("R1", "lpt://1", "900", "9999")
    assert bad.returncode == 2 and "unknown kind 'lpt'" in bad.stderr
    other = setup("R2", "tcp://10.0.0.9:9100", "900", "9999")  # R2 has its own database
    assert other.returncode == 2 and "it cannot act as R2" in other.stderr
    unknown = setup("R9", "tcp://10.0.0.9:9100", "900", "9999")
    assert unknown.returncode == 2 and "S01 has no register 'R9'" in unknown.stderr
    ok = setup("R1", "tcp://10.0.0.9:9100", "900", "9999", "--profile", "TM-T20II")
    assert ok.returncode == 0, ok.stderr
    assert "R1: printer tcp://10.0.0.9:9100 (profile TM-T20II)" in ok.stdout
    assert "register R1: tcp://10.0.0.9:9100 TM-T20II" in pos("store", "show", db=db).stdout


def test_unknown_returns_and_jobs_get_one_line(db: str) -> None:  # noqa: F811
    missing = pos("print", "receipt", "S01-R1-RT999999", "--pdf", "x.pdf", db=db)
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and "no return" in missing.stderr
    bad_job = pos("print", "retry", "not-a-job", db=db)
    assert bad_job.returncode == 2 and "not a job id" in bad_job.stderr


def test_a_manager_sets_what_receipts_say_and_the_receipt_says_it(
    db: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    number = returned(db)
    change = pos(
        "store",
        "set",
        "--signature-over",
        "10.00",
        "--feedback-url",
        "https://example.com/tell-us",
        "--footer",
        "Paldies!",
        "--bilingual",
        "on",
        "--employee",
        "900",
        "--pin",
        "9999",
        db=db,
    )
    assert change.returncode == 0, change.stderr
    shown = pos("store", "show", db=db).stdout
    assert "signature line for refunds of: 10.00 EUR" in shown
    assert "feedback QR code: https://example.com/tell-us" in shown
    out = tmp_path / "r.pdf"
    assert pos("print", "receipt", number, "--pdf", str(out), db=db).returncode == 0
    text = pdf_text(out)
    assert "Pircēja paraksts" in text and "Paldies!" in text
    cashier = pos("store", "set", "--footer", "x", "--employee", "101", "--pin", "1234", db=db)
    assert cashier.returncode == 2 and "needs a manager" in cashier.stderr
    for bad, why in (("--signature-over", "is not an amount"), ("--feedback-url", "web address")):
        result = pos("store", "set", bad, "nonsense", "--employee", "900", "--pin", "9999", db=db)
        assert result.returncode == 2 and why in result.stderr


def test_a_return_imported_from_old_sales_prints_without_a_policy(tmp_path: Path) -> None:
    """Returns imported from a sales export were decided before this app: their receipt
    shows what came back and the money, and no rule or policy of ours."""
    csv = tmp_path / "sales.csv"
    csv.write_text(
        "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"
        "489434,85048,15CM CHRISTMAS GLASS BALL 20 LIGHTS,12,2009-12-01 07:45:00,6.95,13085,UK\n"
        "C489449,85048,15CM CHRISTMAS GLASS BALL 20 LIGHTS,-2,2009-12-01 10:33:00,6.95,13085,UK\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "old.sqlite3")  # noqa: F811 - not the fixture: a store made by import
    imported = pos(
        "import",
        "receipts",
        str(csv),
        "--layout",
        "online-retail",
        "--create-store",
        "S01:Europe/London:GBP",
        db=db,
    )
    assert imported.returncode == 0, imported.stderr
    spool = tmp_path / "spool"
    spool.mkdir()
    result = pos("print", "receipt", "import-c489449-1", "--printer", f"file://{spool}", db=db)
    assert result.returncode == 0, result.stderr
    (out,) = spool.iterdir()  # the reprint's job, as a file of its own
    printout = decode(out.read_bytes())
    text = " ".join(printout.text.split())
    assert printout.problems == [] and "?" not in printout.text
    assert "2 × £6.95, unopened £13.90" in text
    assert "Total of this return £13.90 Refunded £13.90" in text
    assert "Rule" not in text and "policy" not in text
    assert printout.barcode_texts() == ["IMPORT-C489449-1"]


def test_a_test_page_on_a_registers_printer_goes_through_its_queue(
    db: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    setup = pos(
        "print",
        "setup",
        "--printer",
        f"file://{spool}",
        "--employee",
        "900",
        "--pin",
        "9999",
        db=db,
    )
    assert setup.returncode == 0, setup.stderr
    result = pos("print", "test", db=db)  # this register's printer
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("printed (job ")
    job = result.stdout.split("(job ")[1].split(")")[0]
    assert [p.name for p in spool.iterdir()] == [f"{job}.escpos"]
    printout = decode((spool / f"{job}.escpos").read_bytes())
    assert "Riga Centre" in printout.text and "Printer test page" in printout.text
    assert printout.images  # the logo
    assert "test_page" in pos("print", "queue", "--all", db=db).stdout
    another = pos("print", "test", "--register", "R2", db=db)
    assert another.returncode == 2 and "it cannot act as R2" in another.stderr


def database_works(path: str) -> bool:
    with sqlite3.connect(path) as conn:
        ok = conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    return ok and pos("print", "queue", db=path).returncode == 0


NUMBER = "S01-R1-RT000001"  # the refusals come before the return is looked up


def test_a_printer_on_the_database_file_is_refused_by_every_command(
    db: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Issue 14 item 9: `print setup --printer file://<the database>` was accepted, the next
    print wrote over the database, and every command then said "database disk image is
    malformed"."""
    url = f"file://{db}"
    setup = pos(
        "print", "setup", "--register", "R1", "--printer", url, "--employee", "900",
        "--pin", "9999", db=db,
    )  # fmt: skip
    receipt = pos("print", "receipt", NUMBER, "--printer", url, db=db)
    test = pos("print", "test", "--printer", url, db=db)
    for result in (setup, receipt, test):
        assert result.returncode == 2 and result.stdout == ""
        assert result.stderr.count("\n") == 1, result.stderr
        assert f"{db} is a file, which a printer would write over" in result.stderr
        assert "give a printer's device or a folder" in result.stderr
        assert "file:///dev/usb/lp0" in result.stderr
    assert database_works(db)
    assert "printer file://" not in pos("store", "show", db=db).stdout


@pytest.mark.parametrize("side", ["", "-wal", "-shm", "-journal"])
def test_no_output_file_is_written_over_the_database(
    db: str,  # noqa: F811
    tmp_path: Path,
    side: str,
) -> None:
    target = db + side
    link = tmp_path / "receipt.pdf"
    link.symlink_to(target)
    commands = [
        ("print", "receipt", NUMBER, "--pdf", target),
        ("print", "receipt", NUMBER, "--png", target),
        ("print", "receipt", NUMBER, "--pdf", str(tmp_path / "ok.pdf"), "--png", target),
        ("print", "receipt", NUMBER, "--pdf", str(link)),
        ("print", "poster", "--out", target),
        ("print", "test", "--printer", "preview:", "--out", target, "--db", db),
    ]
    for command in commands:
        result = pos(*command, db=db)
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        assert result.stderr.count("\n") == 1, result.stderr
        assert "is a database file: give another file name" in result.stderr
    assert not (tmp_path / "ok.pdf").exists()  # refused before anything was written
    assert database_works(db)


def test_an_output_that_is_a_folder_is_refused_in_one_line(
    db: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    result = pos("print", "poster", "--out", str(tmp_path), db=db)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert f"{tmp_path} is a folder: give a file's name in it" in result.stderr


def test_a_screenshot_is_never_written_over_the_database(db: str) -> None:  # noqa: F811
    result = pos("--screenshot", db, db=db)  # refused before the demo is made
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "is a database file: give another file name" in result.stderr
    assert database_works(db)
