#!/usr/bin/env bash
set -euo pipefail
# Signs in with bearer tokens, holds an urgent KK and records a minute entry. ./run.sh first.
API="${CASECONF_API:-http://127.0.0.1:5080}/api/v1"
token() { curl -fsS -X POST $API/auth/token -H 'Content-Type: application/json' \
  -d "{\"userName\":\"$1\",\"password\":\"demo-kk-2026!\",\"label\":\"curl\"}" | jq -r .token; }
PIMPINAN=$(token pimpinan); SEKRETARIS=$(token sekretaris); PEKSOS=$(token peksos)
call() { local who=$1 method=$2 path=$3; shift 3; curl -fsS -X "$method" "$API$path" -H "Authorization: Bearer $who" -H 'Content-Type: application/json' "$@"; }
KK=$(call "$PIMPINAN" POST /conferences/urgent -d "{\"start\":\"$(date -u -d '+2 hours' +%FT%TZ)\",\"reason\":\"Klien sakit keras\"}" | jq -r .conference.id)
call "$PIMPINAN" POST /conferences/$KK/approval -d '{"waivePreCirculation":true}'
ME() { call "$1" GET /auth/me | jq -r .staffId; }
call "$PIMPINAN" POST /conferences/$KK/participants -d "{\"staffId\":\"$(ME "$SEKRETARIS")\",\"capacity\":\"Secretary\"}"
for role in peksos psikolog medis; do T=$(token $role); call "$PIMPINAN" POST /conferences/$KK/participants -d "{\"staffId\":\"$(ME "$T")\",\"capacity\":\"Organiser\"}"; done
for role in sekretaris peksos psikolog medis; do
  T=$(token $role); ETAG=$(curl -fsS -D - -o /dev/null "$API/conferences/$KK" -H "Authorization: Bearer $PIMPINAN" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
  call "$SEKRETARIS" PUT /conferences/$KK/attendance/$(ME "$T") -H "If-Match: $ETAG" -d '{"mode":"Present"}'
done
call "$PEKSOS" POST /conferences/$KK/open -d '{"lateItemRulings":[]}'
call "$SEKRETARIS" POST /conferences/$KK/minutes -d '{"text":"Rapat dibuka pukul 09.00."}' | jq .
