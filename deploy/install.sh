#!/usr/bin/env bash
# Installs or upgrades CooperJus Gateway as a systemd service. Run from a clone of the repository:
#
#   deploy/install.sh --publish-only        as your own user: builds the gateway and its adapters into artifacts/publish
#   deploy/install.sh --from artifacts/publish   as root: installs what was published (no build as root)
#   deploy/install.sh                       as root in one go (the build runs as the user who called sudo, if any)
#   deploy/install.sh --dry-run             prints every action it would take, changes nothing, needs no root
#
# Options: --root DIR with --dry-run plans an install under DIR instead of / (what the tests check); --intake-user ACCOUNT adds the
# national system's account to the cooperjus-intake group; --from DIR, --publish-only, --dry-run as above.
#
# What it does, in order: publishes only the gateway (src/CooperJus.Gateway) and the country adapters (adapters/*),
# never the tests or benchmarks; creates the cooperjus user, the cooperjus-intake group and /var/lib/cooperjus with the
# intake and export folders of that group (setgid, 2770); on an upgrade stops the service before replacing the
# binaries (the previous ones are kept in /opt/cooperjus.previous); links /usr/local/bin/cooperjus; copies the sample
# configuration only when there is none (never overwritten); generates the signing key when it is missing; installs the
# unit (on an upgrade the previous unit is kept in /opt/cooperjus.previous); then runs `cooperjus run --check-config`
# as the cooperjus user, and enables and (re)starts the service only when it passes. On a first install the sample's
# placeholders fail the check: the script lists what to edit and exits 3 without starting. On an upgrade whose check
# fails, the previous binaries and unit are put back and restarted.
#
# The publish is framework-dependent: the server needs the ASP.NET Core 10 runtime installed system-wide (for example
# `apt-get install aspnetcore-runtime-10.0` from Microsoft's package feed, or dotnet-install.sh into /usr/share/dotnet);
# a runtime under a user's ~/.dotnet is invisible to the cooperjus user and hidden by the unit's ProtectHome.
#
# Exit codes: 0 installed and started (or --dry-run, --publish-only, --help done); 1 upgrade refused by the check, the
# previous version is back; 2 wrong option, not root, nothing published; 3 first install done but not started: edit the
# configuration (the list is printed) and run it again; any other code: a step failed (its command is printed above).
set -euo pipefail
start_dir=$(pwd)
cd "$(dirname "$0")/.."
repo=$(pwd)

dry_run=false publish_only=false from="" root="" intake_user=""
while [ $# -gt 0 ]; do
  case "$1" in
    --dry-run) dry_run=true ;;
    --publish-only) publish_only=true ;;
    --from) from=${2:?--from needs the folder published by --publish-only}; shift ;;
    --root) root=${2:?--root needs a folder}; shift ;;
    --intake-user) intake_user=${2:?--intake-user needs the national system\'s account}; shift ;;
    -h|--help) sed -n '2,/^set -euo pipefail$/{/^#/p}' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
root=${root%/}
absolute() { case "$1" in /*|"") echo "$1" ;; *) echo "$start_dir/$1" ;; esac; }
from=$(absolute "$from") root=$(absolute "$root")
if [ -n "$root" ] && ! $dry_run; then
  echo "install.sh: --root is for --dry-run (a plan into a scratch folder); the keys and the check need the real paths." >&2
  exit 2
fi

# Paths as the running system sees them (in the unit, the configuration, the /usr/local/bin link) ...
sys_prefix=/opt/cooperjus sys_data=/var/lib/cooperjus sys_config=/etc/cooperjus
user=cooperjus intake_group=cooperjus-intake service=cooperjus-gateway
# ... and where they are written (under --root when given).
prefix=$root$sys_prefix data=$root$sys_data config=$root$sys_config
unit_dir=$root/etc/systemd/system bin_dir=$root/usr/local/bin
stage=${from:-$repo/artifacts/publish}

say() { echo "# $*"; }
# Every action goes through run: printed always, done unless --dry-run.
run() {
  printf '+'; printf ' %q' "$@"; printf '\n'
  if ! $dry_run; then "$@"; fi
}
as_user() { # as the gateway's user, in its home folder (runuser: util-linux, no sudo needed)
  run runuser -u "$user" -- env -C "$data" "$@"
}
cooperjus=$prefix/cooperjus
is_root() { [ "$(id -u)" -eq 0 ]; }
# A dry run shows the systemctl steps as they would be on a real install.
with_systemd() { $dry_run || command -v systemctl >/dev/null 2>&1; }

# --- 1. publish: only the gateway and its adapters, as an ordinary user ---------------------------------------------
if [ -z "$from" ]; then
  builder=()
  if is_root && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
    builder=(runuser -u "$SUDO_USER" --)
    say "publishing as $SUDO_USER, not as root"
  elif is_root; then
    say "publishing as root: to avoid it, run 'deploy/install.sh --publish-only' as your user, then as root 'deploy/install.sh --from artifacts/publish'"
  fi
  run "${builder[@]}" rm -rf "$stage"
  run "${builder[@]}" dotnet publish "$repo/src/CooperJus.Gateway" -c Release -o "$stage" -p:DebugType=none
  for project in "$repo"/adapters/*/CooperJus.Adapters.*/; do
    case "$project" in *.Tests/) continue ;; esac
    # Each adapter builds into AdapterArtifactsRoot/<id>/ (adapters/Directory.Build.props): here, beside the executable,
    # where AdapterDirectoryLocator looks first.
    run "${builder[@]}" dotnet build "${project%/}" -c Release -p:AdapterArtifactsRoot="$stage/adapters/"
  done
  if $publish_only; then
    say "published to $stage; now, as root: deploy/install.sh --from ${stage#"$repo"/}"
    exit 0
  fi
elif [ ! -x "$stage/cooperjus" ] && ! $dry_run; then
  echo "install.sh: $stage/cooperjus does not exist: publish first with 'deploy/install.sh --publish-only'." >&2
  exit 2
fi

if ! $dry_run && ! is_root; then
  echo "install.sh: installing needs root (published to $stage). Run as root: deploy/install.sh --from ${stage#"$repo"/}" >&2
  exit 2
fi

upgrade=false
[ -x "$prefix/cooperjus" ] && upgrade=true
if $upgrade; then say "upgrade: $prefix exists"; else say "first install"; fi

# --- 2. user and groups ------------------------------------------------------------------------------------------------
getent group "$intake_group" >/dev/null 2>&1 || run groupadd --system "$intake_group"
id -u "$user" >/dev/null 2>&1 || run useradd --system --user-group --home-dir "$sys_data" --no-create-home --shell /usr/sbin/nologin "$user"
# The gateway reads what the national system drops, and the national system reads what the gateway exports.
run usermod --append --groups "$intake_group" "$user"
[ -n "$intake_user" ] && run usermod --append --groups "$intake_group" "$intake_user"

# --- 3. stop before replacing the binaries ----------------------------------------------------------------------------
was_active=false
if $upgrade && with_systemd && systemctl is-active --quiet "$service" 2>/dev/null; then was_active=true; fi
if $upgrade && with_systemd; then run systemctl stop "$service"; fi

# --- 4. binaries, kept beside the previous ones until the check passes -------------------------------------------------
run rm -rf "$prefix.next"
run cp -a "$stage" "$prefix.next"
run cp "$repo/README.md" "$prefix.next/README.md"
run chown -R root:root "$prefix.next"
run chmod -R u=rwX,go=rX "$prefix.next"
if $upgrade; then
  run rm -rf "$prefix.previous"
  run mv "$prefix" "$prefix.previous"
fi
run mv "$prefix.next" "$prefix"
run mkdir -p "$bin_dir"
run ln -sfn "$sys_prefix/cooperjus" "$bin_dir/cooperjus"

# --- 5. folders: the gateway's own 0750; intake and export shared with the national system's group (setgid 2770) ------
run install -d -o "$user" -g "$intake_group" -m 0750 "$data"
run install -d -o "$user" -g "$user" -m 0750 "$data/keys" "$data/audit"
run install -d -o "$user" -g "$intake_group" -m 2770 "$data/intake" "$data/export"
# What an earlier install left there (folders of group cooperjus) joins the group too, so the national system can read it.
run chgrp -R "$intake_group" "$data/intake" "$data/export"
run find "$data/intake" "$data/export" -type d -exec chmod g+s {} +

# --- 6. configuration: copied only when there is none --------------------------------------------------------------
run install -d -o root -g "$user" -m 0750 "$config" "$config/tls"
if [ -f "$config/gateway.json" ]; then
  say "kept $config/gateway.json (an existing configuration is never overwritten)"
else
  run install -o root -g "$user" -m 0640 "$repo/deploy/gateway.sample.json" "$config/gateway.json"
fi

# --- 7. the signing key, generated when missing ------------------------------------------------------------------------
settings=$config/gateway.json
[ -f "$settings" ] || settings=$repo/deploy/gateway.sample.json
setting() { grep -o "\"$1\": *\"[^\"]*\"" "$settings" | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/'; }
kid=$(setting KeyId) key_file=$(setting PrivateKeyFile)
if [ -f "$root$key_file" ]; then
  say "kept the signing key $key_file"
else
  as_user "$cooperjus" keys generate --kid "$kid" --out "$root$key_file"
  say "give the public JWK printed above to your partners (cooperjus keys public --kid $kid --key $key_file prints it again)"
fi

# --- 8. the unit ------------------------------------------------------------------------------------------------------
unit=$unit_dir/$service.service
# On an upgrade the unit in use goes with the previous binaries, so a rollback puts back both.
if $upgrade && { $dry_run || [ -f "$unit" ]; }; then run cp -p "$unit" "$prefix.previous/$service.service"; fi
run install -D -m 0644 "$repo/deploy/$service.service" "$unit"
if with_systemd; then run systemctl daemon-reload; fi

# --- 9. check the configuration; enable and start only if it passes ----------------------------------------------------
say "checking the configuration as $user"
check_passed=true
if ! as_user "$cooperjus" run --check-config --config "$config/gateway.json"; then check_passed=false; fi
if $dry_run; then
  say "only if the check passes:"
  run systemctl enable "$service"
  run systemctl restart "$service"
  say "if it fails on an upgrade: $prefix.previous and its unit are put back and started again (exit 1); on a first install nothing is started (exit 3)"
  exit 0
fi
if $check_passed; then
  run systemctl enable "$service"
  run systemctl restart "$service"
  say "started: systemctl status $service; journalctl -u $service"
  exit 0
fi
if $upgrade; then
  echo "install.sh: the new version does not accept $sys_config/gateway.json (problems above); the previous version is put back." >&2
  run rm -rf "$prefix.failed"
  run mv "$prefix" "$prefix.failed"
  run mv "$prefix.previous" "$prefix"
  if [ -f "$prefix/$service.service" ]; then
    run mv "$prefix/$service.service" "$unit"
  else
    run rm -f "$unit" # there was none before this upgrade
  fi
  if with_systemd; then run systemctl daemon-reload; fi
  if $was_active; then run systemctl start "$service"; fi
  exit 1
fi
cat <<EOF
Not started: the configuration is not ready (the problems are listed above). Edit $sys_config/gateway.json:
  - Kestrel:Endpoints: the partner listener's certificate and key in $sys_config/tls (root:$user, 0640)
  - Gateway:ApiKey (openssl rand -base64 32), Gateway:NationalAdapter
  - PartnerDirectory: each partner's URL, countries and public JWK (replace every "<from the partner>")
then check it with:  runuser -u $user -- cooperjus run --check-config --config $sys_config/gateway.json
and run deploy/install.sh --from ${stage#"$repo"/} again (or: systemctl enable --now $service).
The national system's account writes into $sys_data/intake: add it to the group with usermod -aG $intake_group ACCOUNT.
EOF
exit 3
