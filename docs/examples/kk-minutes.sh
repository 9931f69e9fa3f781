#!/usr/bin/env bash
set -euo pipefail
# Signs in with bearer tokens, holds an urgent KK and records a minute entry. ./run.sh first.
# Works on every run: the KK starts within the hour (it opens at most an hour before its start),
# the chair in turn (it rotates per session) is asked from the KK's readiness, and every token the
# script was given is revoked when it ends.
API="${CASECONF_API:-http://127.0.0.1:5080}/api/v1"
declare -A TOKEN STAFF TOKEN_ID
call() { local who=$1 method=$2 path=$3; shift 3
  curl -fsS -X "$method" "$API$path" -H "Authorization: Bearer ${TOKEN[$who]}" -H 'Content-Type: application/json' "$@"; }
revoke() { for who in "${!TOKEN_ID[@]}"; do call "$who" DELETE "/auth/tokens/${TOKEN_ID[$who]}" || true; done; }
trap revoke EXIT
for who in pimpinan sekretaris peksos psikolog medis; do
  issued=$(curl -fsS -X POST "$API/auth/token" -H 'Content-Type: application/json' \
    -d "{\"pantiCode\":\"demo\",\"userName\":\"$who\",\"password\":\"demo-kk-2026!\",\"label\":\"kk-minutes.sh\",\"expiresInDays\":1}")
  TOKEN[$who]=$(jq -r .token <<<"$issued"); TOKEN_ID[$who]=$(jq -r .tokenId <<<"$issued")
  STAFF[$who]=$(call "$who" GET /auth/me | jq -r .staffId)
done
etag() { curl -fsS -D - -o /dev/null "$API/conferences/$KK" -H "Authorization: Bearer ${TOKEN[pimpinan]}" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p'; }

KK=$(call pimpinan POST /conferences/urgent \
  -d "{\"start\":\"$(date -u -d '+30 minutes' +%FT%TZ)\",\"reason\":\"Klien sakit keras\"}" | jq -r .conference.id)
call pimpinan POST "/conferences/$KK/approval" -d '{"waivePreCirculation":true}'
call pimpinan POST "/conferences/$KK/participants" -d "{\"staffId\":\"${STAFF[sekretaris]}\",\"capacity\":\"Secretary\"}"
for who in peksos psikolog medis; do
  call pimpinan POST "/conferences/$KK/participants" -d "{\"staffId\":\"${STAFF[$who]}\",\"capacity\":\"Organiser\"}"
done
ENTRIES=$(for who in sekretaris peksos psikolog medis; do echo "{\"staffId\":\"${STAFF[$who]}\",\"mode\":\"Present\"}"; done | jq -sc '{entries: .}')
call sekretaris PUT "/conferences/$KK/attendance" -H "If-Match: $(etag)" -d "$ENTRIES"

CHAIR_ID=$(call sekretaris GET "/conferences/$KK/readiness" | jq -r '.chairIds[0]')
for who in peksos psikolog medis; do [ "${STAFF[$who]}" = "$CHAIR_ID" ] && CHAIR=$who; done
echo "KK $KK: the chair in turn is $CHAIR" >&2
call "$CHAIR" POST "/conferences/$KK/open" -H "If-Match: $(etag)" -d '{"lateItemRulings":[]}'
call sekretaris POST "/conferences/$KK/minutes" -d '{"text":"Rapat dibuka pukul 09.00."}' | jq .
