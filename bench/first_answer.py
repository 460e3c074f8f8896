"""Time from process start to the first HTTP 200 of a URL, for several commands run in turn.

    python3 bench/first_answer.py RUNS NAME URL 'COMMAND' [NAME URL 'COMMAND' ...]

Each round starts every command once, one after the other, so load that drifts during the measurement falls on all
of them alike; one uncounted round warms the page cache. Prints the median, quartiles and range per command.
Environment variables pass through to the commands (ports, storage settings)."""
import shlex
import statistics
import subprocess
import sys
import time
import urllib.request


def first_answer(url, command):
    started = time.perf_counter()
    process = subprocess.Popen(shlex.split(command), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - started < 60:
            if process.poll() is not None:
                raise RuntimeError(f"{command} exited with {process.returncode} before answering")
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    if response.status == 200:
                        return (time.perf_counter() - started) * 1000
            except OSError:
                time.sleep(0.001)
        raise RuntimeError(f"{url} did not answer within 60 s")
    finally:
        process.kill()
        process.wait()


def main():
    runs = int(sys.argv[1])
    targets = [sys.argv[i:i + 3] for i in range(2, len(sys.argv), 3)]
    times = {name: [] for name, _, _ in targets}
    for round_ in range(runs + 1):
        for name, url, command in targets:
            elapsed = first_answer(url, command)
            if round_ > 0:
                times[name].append(elapsed)
    for name, values in times.items():
        q = statistics.quantiles(values, n=4)
        print(f"| {name} | {statistics.median(values):.0f} | {q[0]:.0f}–{q[2]:.0f} | {min(values):.0f}–{max(values):.0f} | {len(values)} |")


main()
