#!/usr/bin/env python3
"""How long a saved edit takes to reach an open page under `meeting serve` (issue 12's target: under 0.5 s).

    python3 bench/serve-latency.py [--meeting PATH_TO_MEETING] [--runs 10]

Starts `meeting serve --port 0` on a copy of content/ and templates/, opens the page's event stream as the
reload script does, then changes one word of the report and times, from the moment the file is saved:
the "site" event that makes the page reload, and the page served again with the edit in it.
"""
import argparse, os, shutil, signal, subprocess, sys, tempfile, threading, time, urllib.request

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap = argparse.ArgumentParser()
ap.add_argument('--meeting', default=shutil.which('meeting') or os.path.expanduser('~/.dotnet/tools/meeting'))
ap.add_argument('--runs', type=int, default=10)
args = ap.parse_args()

work = tempfile.mkdtemp(prefix='meeting-serve-latency-')
shutil.copytree(os.path.join(root, 'content'), os.path.join(work, 'content'))
shutil.copytree(os.path.join(root, 'templates'), os.path.join(work, 'templates'))
report = next(os.path.join(work, 'content', f) for f in sorted(os.listdir(os.path.join(work, 'content'))) if not f.startswith('_'))
server = subprocess.Popen([args.meeting, 'serve', '--port', '0'], cwd=work, stdout=subprocess.PIPE, text=True,
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
address = None
for line in server.stdout:
    if line.startswith('meeting serve: serving'):
        address = line.split()[3]
        break
origin = address.split('/', 3)[0] + '//' + address.split('/', 3)[2]
events = urllib.request.urlopen(origin + '/__meeting/events')
arrived = []
def listen():
    for raw in events:
        line = raw.decode().strip()
        if line.startswith('data:') and arrived is not None:
            arrived.append((time.perf_counter(), line))
threading.Thread(target=listen, daemon=True).start()
time.sleep(0.5)

page = address + '2024-01-11/index.html'
text = open(report, encoding='utf-8').read()
results = []
for run in range(args.runs):
    marker = f'教育强国{run}号'
    arrived.clear()
    saved = time.perf_counter()
    with open(report, 'w', encoding='utf-8') as f:
        f.write(text.replace('教育强国', marker, 1))
    while not arrived and time.perf_counter() - saved < 10:
        time.sleep(0.002)
    event = arrived[0][0] - saved if arrived else float('nan')
    body = urllib.request.urlopen(page).read().decode()
    served = time.perf_counter() - saved
    results.append((event, served, f'{run}号' in body))
    time.sleep(0.3)
open(report, 'w', encoding='utf-8').write(text)
server.send_signal(signal.SIGINT)
server.wait(timeout=10)
shutil.rmtree(work, ignore_errors=True)

for i, (event, served, ok) in enumerate(results, 1):
    print(f'run {i}: reload event {event * 1000:.0f} ms, page with the edit served {served * 1000:.0f} ms after the save ({"edit seen" if ok else "EDIT MISSING"})')
served = sorted(r[1] for r in results)
print(f'median {served[len(served) // 2] * 1000:.0f} ms, worst {served[-1] * 1000:.0f} ms from save to the edited page served (target: under 500 ms)')
