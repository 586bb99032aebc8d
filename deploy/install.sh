#!/usr/bin/env bash
# Installs CooperJus Gateway as a systemd service: publishes the executable with the adapters beside it into
# /opt/cooperjus, creates the cooperjus user and /var/lib/cooperjus, generates the signing key if there is none,
# and installs the unit. Run as root from the repository root: sudo bash deploy/install.sh
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=/opt/cooperjus data=/var/lib/cooperjus config=/etc/cooperjus

dotnet build CooperJus.Gateway.sln -c Release
dotnet publish src/CooperJus.Gateway -c Release -o "$prefix" --no-build
rm -rf "$prefix/adapters" && cp -r artifacts/adapters "$prefix/adapters"

id cooperjus >/dev/null 2>&1 || useradd --system --home "$data" --shell /usr/sbin/nologin cooperjus
install -d -o cooperjus -g cooperjus -m 0750 "$data" "$data/intake" "$data/export" "$data/keys"
install -d -m 0755 "$config"
install -d -m 0750 -g cooperjus "$config/tls"   # the partner listener's certificate and key (mode 0640, group cooperjus)
[ -f "$config/gateway.json" ] || install -m 0640 -g cooperjus deploy/gateway.sample.json "$config/gateway.json"

kid=$(grep -o '"KeyId": *"[^"]*"' "$config/gateway.json" | sed 's/.*"\([^"]*\)"$/\1/')
key="$data/keys/$kid.key.pem"
if [ ! -f "$key" ]; then
  sudo -u cooperjus "$prefix/cooperjus" keys generate --kid "$kid" --out "$key" > "$data/keys/$kid.public.jwk.json"
  echo "Give $data/keys/$kid.public.jwk.json to your partners."
fi

install -m 0644 deploy/cooperjus-gateway.service /etc/systemd/system/cooperjus-gateway.service
systemctl daemon-reload
systemctl enable --now cooperjus-gateway
echo "Installed. Edit $config/gateway.json (partners, adapter, API key), put the partner listener's certificate and key in $config/tls, then: systemctl restart cooperjus-gateway; journalctl -u cooperjus-gateway"
