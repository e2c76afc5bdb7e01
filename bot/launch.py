"""Starting Harbor for a run: the action server and the Rasa server on free ports, talked to
over REST exactly as the channels do. Used by `harbor replay --start`, the live test suites
and the benchmarks."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import requests

from bot import serve

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
MODEL = ROOT / "models" / "harbor.tar.gz"
START_TIMEOUT = 240


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait(url: str, process: subprocess.Popen, log: Path, ok=lambda r: r.ok) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"{url} exited with {process.returncode}:\n{log.read_text()[-3000:]}"
            )
        try:
            if ok(requests.get(url, timeout=2)):
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{url} did not start in {START_TIMEOUT}s:\n{log.read_text()[-3000:]}")


@dataclass
class Harbor:
    """A running bot. ``say`` sends one message over REST and returns the replies."""

    url: str
    token: str
    action_url: str
    logs: Path
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    def new_sender(self) -> str:
        return "test-" + uuid.uuid4().hex

    def say(self, sender: str, text: str) -> list[dict]:
        response = requests.post(
            f"{self.url}/webhooks/rest/webhook",
            json={"sender": sender, "message": text},
            timeout=30,
        )
        assert response.status_code == 200, response.text
        return response.json()

    def tracker(self, sender: str) -> dict:
        response = requests.get(
            f"{self.url}/conversations/{sender}/tracker",
            params={"token": self.token, "include_events": "ALL"},
            timeout=10,
        )
        assert response.status_code == 200, response.text
        return response.json()

    def stop_actions(self) -> None:
        process = self.processes.pop("actions")
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)

    def close(self) -> None:
        for process in self.processes.values():
            process.send_signal(signal.SIGTERM)
        for process in self.processes.values():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def rasa_command(port: int, credentials: Path) -> list[str]:
    """The Rasa server, as `make run` starts it; the API token goes in the environment."""
    return [str(BIN / "harbor"), "serve", "--model", str(MODEL), "--port", str(port),
            "--endpoints", "endpoints.yml", "--credentials", str(credentials)]  # fmt: skip


def start(logs: Path, database_url: str, credentials: Path | None = None) -> Harbor:
    """Start both servers with the trained model; raise with their logs if either fails."""
    if not MODEL.exists():
        raise RuntimeError(f"{MODEL} is missing: run `make train` first")
    logs.mkdir(parents=True, exist_ok=True)
    action_port, rasa_port = free_port(), free_port()
    token = secrets.token_hex(16)
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "ACTION_SERVER_URL": f"http://127.0.0.1:{action_port}/webhook",
        "RASA_TELEMETRY_ENABLED": "false",
        serve.TOKEN_VARIABLE: token,
    }
    harbor = Harbor(
        url=f"http://127.0.0.1:{rasa_port}",
        token=token,
        action_url=f"http://127.0.0.1:{action_port}",
        logs=logs,
    )
    commands = {
        "actions": [str(BIN / "rasa"), "run", "actions", "--actions", "actions",
                    "--port", str(action_port)],
        "rasa": rasa_command(rasa_port, credentials or ROOT / "credentials.yml"),
    }  # fmt: skip
    try:
        for name, command in commands.items():
            log = logs / f"{name}.log"
            harbor.processes[name] = subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT
            )
        _wait(f"{harbor.action_url}/health", harbor.processes["actions"], logs / "actions.log")
        _wait(
            f"{harbor.url}/status?token={token}",
            harbor.processes["rasa"],
            logs / "rasa.log",
            ok=lambda r: r.ok and bool(r.json().get("model_file")),
        )
    except BaseException:
        harbor.close()
        raise
    return harbor
