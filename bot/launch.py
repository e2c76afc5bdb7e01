"""Starting Harbor for a run: the action server and the Rasa server on free ports, talked to
over REST exactly as the channels do. Used by `harbor replay --start`, the live test suites
and the benchmarks."""

from __future__ import annotations

import functools
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

from bot.rasa import serve
from bot.rasa_client import Rasa

ACTIONS_TOKEN_VARIABLE = "HARBOR_ACTIONS_TOKEN"

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
    actions_token: str = ""
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    def new_sender(self) -> str:
        return "test-" + uuid.uuid4().hex

    @functools.cached_property
    def client(self) -> Rasa:
        # A testers' tool with the API token plays at machine speed (bot/rasa/guard.py).
        return Rasa(self.url, self.token, tool="launch")

    def say(self, sender: str, text: str) -> list[dict]:
        """Rasa's replies; a ``RasaError`` saying why when there are none to be had."""
        return self.client.say(sender, text)

    def tracker(self, sender: str) -> dict:
        """The sender's tracker, every event included."""
        return self.client.tracker(sender)

    def stop_actions(self) -> None:
        process = self.processes.pop("actions")
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)

    def close(self) -> None:
        self.client.close()
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


def _wait_until_up(harbor: Harbor) -> None:
    """Both servers answer, and Rasa has loaded its model."""
    logs = harbor.logs
    _wait(f"{harbor.action_url}/health", harbor.processes["actions"], logs / "actions.log")
    _wait(
        f"{harbor.url}/status?token={harbor.token}",
        harbor.processes["rasa"],
        logs / "rasa.log",
        ok=lambda r: r.ok and bool(r.json().get("model_file")),
    )


def actions_command(port: int) -> list[str]:
    """The action server, as `make run` starts it (secret and address from the environment)."""
    return [str(BIN / "harbor"), "actions", "--port", str(port)]


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
        ACTIONS_TOKEN_VARIABLE: secrets.token_hex(16),
    }
    actions_token = env[ACTIONS_TOKEN_VARIABLE]
    harbor = Harbor(
        url=f"http://127.0.0.1:{rasa_port}",
        token=token,
        action_url=f"http://127.0.0.1:{action_port}",
        logs=logs,
        actions_token=actions_token,
    )
    commands = {
        "actions": actions_command(action_port),
        "rasa": rasa_command(rasa_port, credentials or ROOT / "credentials.yml"),
    }
    try:
        for name, command in commands.items():
            log = logs / f"{name}.log"
            harbor.processes[name] = subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT
            )
        _wait_until_up(harbor)
    except BaseException:
        harbor.close()
        raise
    return harbor
