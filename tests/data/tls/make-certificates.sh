#!/bin/sh
# Regenerates the throwaway TLS fixtures of the router's TLS tests (valid for 100 years, for tests only):
#   ca.pem                  a test CA (its key is not kept)
#   server.pem, server.key  localhost and 127.0.0.1, signed by the CA
#   other.pem, other.key    only other.example, signed by the CA (name-mismatch test; its key does not match server.pem)
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/ca.key" -out ca.pem -days 36500 \
    -subj "/CN=Handoff Test CA" -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
leaf() { # name subject subjectAltName
    openssl req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$work/$1.csr" -subj "/CN=$2"
    printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' "$3" >"$work/$1.ext"
    openssl x509 -req -in "$work/$1.csr" -CA ca.pem -CAkey "$work/ca.key" -CAcreateserial -CAserial "$work/ca.srl" \
        -out "$1.pem" -days 36500 -extfile "$work/$1.ext"
}
leaf server localhost "DNS:localhost,IP:127.0.0.1"
leaf other other.example "DNS:other.example"
