"""The bare-soffice limit: one warm soffice driven over UNO in a tight loop, no pool, no worker, no IPC per document.

Prints "ready" once warm, waits for "go" on stdin, converts the same .docx `count` times (a line per document),
then prints {"conversions": n, "seconds": s} and exits with its soffice. Started detached (its own process group).
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'documents'))
import uno_bridge  # noqa: E402 -- the bridge's own soffice start-up and conversion, so both sides do the same work


def main():
    soffice, profile, docx, count, filter_name, filter_data = sys.argv[1:7]
    pipe_name = f'acquitte-bare-{os.getpid()}'
    soffice_process = uno_bridge.start_soffice(soffice, profile, pipe_name)
    desktop = uno_bridge.connect(pipe_name, soffice_process)
    store_properties = uno_bridge.filter_properties(filter_name, filter_data)
    uno_bridge.warm_up(desktop, store_properties, profile)
    print('ready', flush=True)
    sys.stdin.readline()
    started = time.monotonic()
    for i in range(int(count)):
        uno_bridge.convert(desktop, store_properties, docx, os.path.join(profile, f'out-{i % 2}.pdf'))
        print('converted', flush=True)
    print(json.dumps({'conversions': int(count), 'seconds': time.monotonic() - started}), flush=True)
    uno_bridge.die_with_group(0)


if __name__ == '__main__':
    main()
