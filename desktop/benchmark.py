"""Storage benchmarks: each figure beside the floor measured in the same run.

Run by `duo bench`; prints a table and writes `bench.json`. Never used as timed assertions
in the test suite: machines are noisy, so figures are reported, not enforced.
"""

from __future__ import annotations

import io
import os
import random
import secrets
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

import sqlcipher3

from desktop.demo.generator import fill_demo
from storage import sqlcipher
from storage.case_records import CASE_RECORD_TYPES
from storage.folding import fold
from storage.index import Index
from storage.paths import DATA_DIR_ENV, index_path
from storage.programme import Programme, create_programme, read_keyslots, unlock
from storage.records import Participant, Role, Status

PASSPHRASE = "benchmark passphrase, not secret"  # noqa: S105 (a throwaway demo programme)


@dataclass
class Figure:
    """One measured figure, its floor or target, and whether it is within target."""

    name: str
    participants: int
    value: float
    unit: str
    target: str
    ok: bool
    floor: float | None = None


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


@contextmanager
def _private_data_dir(root: Path) -> Iterator[None]:
    previous = os.environ.get(DATA_DIR_ENV)
    os.environ[DATA_DIR_ENV] = str(root / "local-data")
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(DATA_DIR_ENV, None)
        else:
            os.environ[DATA_DIR_ENV] = previous


def _kdf_ms(folder: Path) -> float:
    slots = read_keyslots(folder)
    return _median_ms(lambda: slots.unlock_with_passphrase(PASSPHRASE), 3)


def _open_and_read_every_file(programme: Programme, ids: list[str]) -> float:
    """Seconds to merely open each case file and fetch every row of every table."""
    tables = [cls.TABLE for cls in (Participant, *CASE_RECORD_TYPES)] + ["events", "meta"]
    start = time.perf_counter()
    for case_id in ids:
        conn = sqlcipher.connect(
            programme.cases.path(case_id), programme.cases.key(case_id), read_only=True
        )
        for table in tables:
            conn.execute(f"SELECT * FROM {table}").fetchall()  # noqa: S608 (fixed names)
        conn.close()
    return time.perf_counter() - start


def _search_queries(programme: Programme, count: int, rng: random.Random) -> list[str]:
    entries = programme.index.entries()
    queries = []
    for entry in rng.sample(entries, min(count, len(entries))):
        word = entry.given_name.split()[0] if entry.given_name.split() else entry.family_name
        # What a coach types: the first letters, without the accents.
        queries.append(fold(word)[: rng.randint(2, 4)])
    return queries


def _plain_copy(programme: Programme, destination: Path) -> Index:
    """A plaintext copy of the index, for the encryption overhead figure only."""
    programme.index.db.execute("ATTACH DATABASE ? AS plain KEY ''", [str(destination)]).fetchall()
    programme.index.db.execute("SELECT sqlcipher_export('plain')").fetchall()
    programme.index.db.execute("DETACH DATABASE plain")
    conn = sqlcipher3.connect(str(destination), check_same_thread=False)
    conn.isolation_level = None
    conn.execute("PRAGMA cache_size = -131072")
    return Index(conn)


def _index_queries(index: Index, queries: list[str]) -> Callable[[], None]:
    def run() -> None:
        for query in queries:
            index.search(query)
        index.entries(role=Role.MENTEE, status=Status.ACCEPTED)

    return run


def measure(participants: int, work: Path, progress: Callable[[str], None]) -> list[Figure]:
    """Every storage figure for a demo programme of `participants`."""
    rng = random.Random(participants)
    folder = work / f"programme-{participants}"
    figures: list[Figure] = []
    today = date.today()
    with _private_data_dir(work / f"data-{participants}"):
        progress(f"creating a demo programme of {participants:,} participants …")
        programme, _ = create_programme(folder, "Benchmark programme", PASSPHRASE)
        fill_demo(programme, participants, seed=participants, reference=today)
        programme.close()

        kdf = _kdf_ms(folder)

        def unlock_and_open_index() -> None:
            opened = unlock(folder, passphrase=PASSPHRASE)
            opened.index.count()
            opened.close()

        unlocked = _median_ms(unlock_and_open_index, 3)
        figures.append(
            Figure(
                "unlock_ms", participants, unlocked, "ms", "≤ 1.3 × KDF", unlocked <= 1.3 * kdf, kdf
            )
        )

        programme = unlock(folder, passphrase=PASSPHRASE)
        ids = programme.cases.case_ids()

        progress("reading every case file (the rebuild's floor) …")
        read_all = _open_and_read_every_file(programme, ids)

        progress("rebuilding the index …")
        start = time.perf_counter()
        programme.index.rebuild(programme.cases)
        rebuild = time.perf_counter() - start
        figures.append(
            Figure(
                "rebuild_index_s",
                participants,
                rebuild,
                "s",
                "≤ 1.5 × reading all files",
                rebuild <= 1.5 * read_all,
                read_all,
            )
        )

        refresh = _median_ms(lambda: programme.index.refresh(programme.cases), 5)
        figures.append(
            Figure(
                "refresh_index_unchanged_ms",
                participants,
                refresh,
                "ms",
                "≤ 100 ms",
                refresh <= 100,
            )
        )

        sample = rng.sample(ids, min(200, len(ids)))
        open_case = statistics.median(
            _median_ms(lambda case_id=case_id: programme.cases.read(case_id), 1)
            for case_id in sample
        )
        figures.append(
            Figure("open_case_ms", participants, open_case, "ms", "≤ 5 ms", open_case <= 5)
        )

        def save_one(case_id: str) -> None:
            with programme.cases.edit(case_id, author="") as case:
                case.update_participant(motivation=secrets.token_hex(8))

        save = statistics.median(
            _median_ms(lambda case_id=case_id: save_one(case_id), 1) for case_id in sample[:100]
        )
        figures.append(Figure("save_case_ms", participants, save, "ms", "≤ 30 ms", save <= 30))
        progress("measuring the follow-up of duos …")
        figures.extend(_duo_figures(programme, participants, today))
        progress("measuring printing and the export …")
        figures.extend(_printing_figures(programme, participants, today))

        programme.index.refresh(programme.cases)
        queries = _search_queries(programme, 200, rng)
        search = statistics.median(
            _median_ms(lambda query=query: programme.index.search(query), 1) for query in queries
        )
        figures.append(
            Figure("search_ms", participants, search, "ms", "≤ 5 ms median", search <= 5)
        )

        plain = _plain_copy(programme, work / f"plain-index-{participants}.sqlite")
        encrypted_run = _index_queries(programme.index, queries)
        plain_run = _index_queries(plain, queries)
        encrypted_run()
        plain_run()  # warm both caches the same way
        encrypted_ms = _median_ms(encrypted_run, 5)
        plain_ms = _median_ms(plain_run, 5)
        plain.close()
        ratio = encrypted_ms / plain_ms
        figures.append(
            Figure("encrypted_vs_plain", participants, ratio, "×", "≤ 1.2", ratio <= 1.2, plain_ms)
        )
        progress("measuring the desktop application …")
        figures.extend(_desktop_figures(programme, folder, work, participants, kdf))
        programme.close()
        shutil.rmtree(index_path(programme.settings.id).parent, ignore_errors=True)
    return figures


def _desktop_figures(
    programme: Programme, folder: Path, work: Path, participants: int, kdf_ms: float
) -> list[Figure]:
    """The application's figures, each measured in a fresh application process."""
    from desktop import benchmark_gui as gui

    secret = work / "bench-passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    programme.index.refresh(programme.cases)
    floor = gui.bare_window_ms() + kdf_ms
    startup = gui.startup_to_list_ms(folder, secret)
    keystroke, open_case = gui.interaction_ms(folder, secret)
    memory = gui.peak_memory_mb(folder, secret)
    review = gui.review_open_ms(folder, secret)
    return [
        Figure(
            "startup_to_list_ms",
            participants,
            startup,
            "ms",
            "≤ 1.5 × (bare window + KDF)",
            startup <= 1.5 * floor,
            floor,
        ),
        Figure("filter_keystroke_ms", participants, keystroke, "ms", "≤ 16 ms", keystroke <= 16),
        Figure("open_case_view_ms", participants, open_case, "ms", "≤ 100 ms", open_case <= 100),
        Figure("peak_memory_mb", participants, memory, "MB", "≤ 250 MB", memory <= 250),
        Figure("review_open_ms", participants, review, "ms", "≤ 300 ms", review <= 300),
    ]


def _duo_figures(programme: Programme, participants: int, today: date) -> list[Figure]:
    """Today from the index, and saving a session summary. Today's target is set for 5,000
    participants with 500 active duos; bigger programmes get as much more time as they have
    participants (the rules are linear)."""
    from desktop.duo_bench import log_meeting_ms, today_ms

    today_value, active = today_ms(programme, today)
    today_target = 50 * max(1.0, participants / 5000)
    meeting = log_meeting_ms(programme, today)
    return [
        Figure(
            "today_ms",
            participants,
            today_value,
            "ms",
            f"≤ {today_target:.0f} ms ({active:,} active duos)",
            today_value <= today_target,
        ),
        Figure("log_meeting_ms", participants, meeting, "ms", "≤ 30 ms", meeting <= 30),
    ]


def _bench_logo() -> bytes:
    """A flat 1200×400 PNG, as an association's logo usually is."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1200, 400), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((40, 40, 360, 360), fill="#1f4e79")
    draw.rectangle((420, 140, 1140, 260), fill="#4a7fb5")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _printing_figures(programme: Programme, participants: int, today: date) -> list[Figure]:
    """Certificates (with a logo), the programme report of the last year and the funders'
    export of 20,000 participants (the demo's entries copied)."""
    from dataclasses import replace

    from desktop.export_bench import PARTICIPANTS_EXPORTED, export_csv_seconds
    from desktop.print_bench import certificate_ms, certificates_200_s
    from desktop.report_bench import programme_report_seconds
    from desktop.workflows.house import house_style

    house = replace(house_style(programme), logo=_bench_logo())
    one = certificate_ms(house)
    batch = certificates_200_s(house)
    report = programme_report_seconds(programme, today)
    export = export_csv_seconds(programme)
    return [
        Figure("certificate_ms", participants, one, "ms", "≤ 20 ms", one <= 20),
        Figure("certificates_200_s", participants, batch, "s", "≤ 1 s", batch <= 1),
        Figure("programme_report_s", participants, report, "s", "≤ 3 s (a year)", report <= 3),
        Figure(
            "export_csv_20000_s",
            PARTICIPANTS_EXPORTED,
            export,
            "s",
            "≤ 2 s (participants)",
            export <= 2,
        ),
    ]


def matching_figures(progress: Callable[[str], None]) -> list[Figure]:
    """The matching rules on generated pools: no files, so no size of programme applies."""
    from desktop.matching.bench import bench_pool, bench_suggest

    progress("measuring matching …")
    suggest = bench_suggest(2000)
    pool_500, pool_2000 = bench_pool(500), bench_pool(2000)
    return [
        Figure("suggest_ms", 2000, suggest, "ms", "≤ 20 ms (2,000 mentors)", suggest <= 20),
        Figure("pool_500_s", 500, pool_500, "s", "≤ 0.5 s (500 × 500)", pool_500 <= 0.5),
        Figure("pool_2000_s", 2000, pool_2000, "s", "≤ 2 s (2,000 × 2,000)", pool_2000 <= 2),
    ]


def run_benchmarks(sizes: list[int], progress: Callable[[str], None]) -> list[Figure]:
    """Measure each size in a temporary folder that is removed afterwards."""
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="duo-bench-") as work:
        for size in sizes:
            figures.extend(measure(size, Path(work), progress))
    figures.extend(matching_figures(progress))
    return figures


def format_table(figures: list[Figure]) -> str:
    """The figures as a plain-text table."""
    header = ("figure", "participants", "value", "floor", "target", "")
    rows = [header]
    for figure in figures:
        rows.append(
            (
                figure.name,
                f"{figure.participants:,}",
                f"{figure.value:.3g} {figure.unit}",
                "" if figure.floor is None else f"{figure.floor:.3g}",
                figure.target,
                "ok" if figure.ok else "MISSED",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def figures_as_json(figures: list[Figure]) -> list[dict[str, object]]:
    """The figures for `bench.json`."""
    return [asdict(figure) for figure in figures]
