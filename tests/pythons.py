"""Find, and provision, every supported CPython: the one place that knows where they are.

    python tests/pythons.py list        # what this machine has now
    python tests/pythons.py provision   # add what it lacks (needs root for 3.14+)

Provisioning writes one wrapper per version into ``_build/pythons/python3.X``:

* 3.11 to 3.13 come from pyenv (or PATH), each in its own virtual environment;
* 3.14 and 3.15 come from Debian unstable, installed with debootstrap into
  ``_build/sid-root`` and run through ``chroot``. Each run happens in a private mount
  namespace (``unshare --mount``), where ``/proc`` is mounted and the repository is
  bind-mounted read-only at its own path, so paths in outputs match. The mounts vanish
  with the process: nothing is left mounted on the host, nothing needs cleaning up.

Third-party packages that examples declare (``# needs: pkg``) are installed into each
environment at the version pinned in requirements.txt.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "book" / "_ext"))
from contract import ROOT, SUPPORTED, Version, examples, vstr

PYTHONS = ROOT / "_build" / "pythons"
SID = ROOT / "_build" / "sid-root"
FROM_DEBIAN = [(3, 14), (3, 15)]
MIRROR = "http://deb.debian.org/debian"


def wrapper(version: Version) -> Path:
    return PYTHONS / f"python{vstr(version)}"


def host_python(version: Version) -> str | None:
    """A python3.X of this machine: pyenv's newest patch release, else PATH."""
    pattern = os.path.expanduser(
        f"~/.pyenv/versions/{vstr(version)}.*/bin/python{vstr(version)}"
    )
    found = sorted(
        glob.glob(pattern),
        key=lambda p: [int(x) for x in p.split("/")[-3].split(".") if x.isdigit()],
    )
    if found:
        return found[-1]
    return shutil.which(f"python{vstr(version)}")


def interpreters() -> dict[Version, str]:
    """Every supported version this machine can run now: provisioned first, else host."""
    found: dict[Version, str] = {}
    for version in SUPPORTED:
        if wrapper(version).exists():
            found[version] = str(wrapper(version))
        elif version == sys.version_info[:2]:
            found[version] = sys.executable
        elif python := host_python(version):
            found[version] = python
    return found


def say(text: str) -> None:
    print(f"pythons: {text}", flush=True)


def needed_packages() -> list[str]:
    names = {name for ex in examples() for name in ex.needs}
    pins = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        if "==" in line:
            pins[line.split("==")[0].strip().lower()] = line.strip()
    return sorted(pins.get(n.lower(), n) for n in names)


CHROOT_WRAPPER = """#!/bin/sh
# Python {v} from Debian unstable, run in a private mount namespace (nothing leaks out).
exec unshare --mount --propagation private /bin/sh -c '
  root="$1"; repo="$2"; shift 2
  mount -t proc proc "$root/proc" &&
  mkdir -p "$root$repo" && mount --bind "$repo" "$root$repo" &&
  mount -o remount,bind,ro "$root$repo" &&
  exec chroot "$root" /bin/sh -c "cd \\"\\$0\\" && exec /opt/venv{v}/bin/python \\"\\$@\\"" "$PWD" "$@"
' sh "{root}" "{repo}" "$@"
"""


def debootstrap() -> None:
    if (SID / "usr" / "bin" / "python3.15").exists():
        return
    if os.geteuid() != 0 or not shutil.which("debootstrap"):
        sys.exit(
            "pythons: Python 3.14 and 3.15 need root and debootstrap (apt-get install debootstrap)"
        )
    packages = ["netbase"] + [
        f"python{vstr(v)}{s}" for v in FROM_DEBIAN for s in ("", "-venv")
    ]
    say(f"debootstrap Debian unstable with {' '.join(packages)} (about a minute)")
    shutil.rmtree(SID, ignore_errors=True)
    SID.parent.mkdir(parents=True, exist_ok=True)
    command = [
        "debootstrap",
        "--variant=minbase",
        f"--include={','.join(packages)}",
        "sid",
        str(SID),
        MIRROR,
    ]
    # In a private mount namespace, debootstrap's own mounts cannot outlive it either.
    subprocess.run(
        ["unshare", "--mount", "--propagation", "private", *command],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def provision() -> None:
    start = time.monotonic()
    PYTHONS.mkdir(parents=True, exist_ok=True)
    packages = needed_packages()
    for version in SUPPORTED:
        target = wrapper(version)
        if version in FROM_DEBIAN:
            debootstrap()
            venv = f"/opt/venv{vstr(version)}"
            if not (SID / venv.lstrip("/") / "bin" / "python").exists():
                say(f"venv for Python {vstr(version)}")
                subprocess.run(
                    [
                        "chroot",
                        str(SID),
                        f"/usr/bin/python{vstr(version)}",
                        "-m",
                        "venv",
                        venv,
                    ],
                    check=True,
                )
            target.write_text(
                CHROOT_WRAPPER.format(v=vstr(version), root=SID, repo=ROOT)
            )
            pip = ["chroot", str(SID), f"{venv}/bin/python", "-m", "pip"]
            origin = "Debian unstable, chroot"
        else:
            base = host_python(version)
            if base is None:
                sys.exit(
                    f"pythons: no Python {vstr(version)} on this machine (pyenv install {vstr(version)})"
                )
            venv_dir = PYTHONS / f"venv{vstr(version)}"
            if not (venv_dir / "bin" / "python").exists():
                say(f"venv for Python {vstr(version)}")
                subprocess.run([base, "-m", "venv", str(venv_dir)], check=True)
            target.write_text(f'#!/bin/sh\nexec "{venv_dir}/bin/python" "$@"\n')
            pip = [str(venv_dir / "bin" / "python"), "-m", "pip"]
            origin = base
        target.chmod(0o755)
        if packages:
            subprocess.run([*pip, "install", "-q", *packages], check=False)
        say(f"Python {vstr(version)}: {target.relative_to(ROOT)} ({origin})")
    say(f"ready in {time.monotonic() - start:.0f} s")


def main() -> None:
    command = sys.argv[1] if len(sys.argv) > 1 else "list"
    if command == "provision":
        provision()
    elif command == "list":
        for version, python in interpreters().items():
            print(f"{vstr(version)}  {python}")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
