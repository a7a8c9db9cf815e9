#!/usr/bin/env python3
"""Generates eval/secrets/: labeled documents for the SECRET rules.

Every secret is a random string of the right shape (none is a real credential), written in
the places people paste them from: .env files, docker-compose and Kubernetes YAML, Python and
JavaScript code, JSON configs, PHP, XML, INI, logs and French e-mails. Each secret value is
marked inline as ⟦SECRET|value⟧ (only the part that must be masked: the password of a URL,
not its user name). Around them stand look-alike non-secrets that must NOT be found: UUIDs,
commit hashes, lock-file integrity hashes, base64 images, public keys and certificates, CSS
colours, placeholders (changeme, ${VAR}, <your-key>, AKIAIOSFODNN7EXAMPLE, os.environ[…]),
Stripe publishable keys and ordinary identifiers in code.

Deterministic (fixed seed), Python standard library only:

    python3 scripts/gen_secrets_eval.py            # writes eval/secrets/*.txt
"""

import base64
import hashlib
import os
import random
import string
import uuid

SEED = 20261129
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "eval", "secrets")

rng = random.Random(SEED)
ALNUM = string.ascii_letters + string.digits
UPPER_NUM = string.ascii_uppercase + string.digits
B64 = ALNUM + "+/"
B64URL = ALNUM + "_-"
HEX = "0123456789abcdef"

stats = {"secrets": 0, "negatives": 0}


def rand(n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def S(value):
    """A labeled secret."""
    stats["secrets"] += 1
    return f"⟦SECRET|{value}⟧"


def N(text):
    """A look-alike non-secret (counted, not labeled)."""
    stats["negatives"] += 1
    return text


def b64(nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


# --- secret shapes ---------------------------------------------------------------------------

WORDS = ["Soleil", "Bonjour", "Chocolat", "Marseille", "Printemps", "Loulou", "Azerty", "Nantes",
         "Tigre", "Velo", "Paris", "Montagne", "Julie", "Dragon", "Etoile", "Cafe", "Lyon", "Ocean"]


def human_password():
    kind = rng.randrange(4)
    if kind == 0:
        return rng.choice(WORDS) + str(rng.randrange(1970, 2027)) + rng.choice("!?#$*@.")
    if kind == 1:
        return rand(rng.randrange(12, 20), ALNUM + "!#%&*+-=?@^_")
    if kind == 2:
        return (rng.choice(WORDS).lower() + rng.choice("-_.") + rng.choice(WORDS).lower()
                + str(rng.randrange(10, 99)))
    return rand(rng.randrange(10, 14), ALNUM) + rand(2, "!#$%&*")


def url_password():
    """A password as written in a URL or a connection string: no reserved separators."""
    return human_password().translate(str.maketrans("?/#&;", "!_*+-"))


def aws_access_key():
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + rand(16, string.ascii_uppercase + "234567")


def aws_secret_key():
    return rand(40, B64)


def github_token():
    if rng.random() < 0.25:
        return "github_pat_" + rand(22) + "_" + rand(59)
    return rng.choice(["ghp", "ghp", "gho", "ghs", "ghu"]) + "_" + rand(36)


def gitlab_token():
    return rng.choice(["glpat", "glpat", "gldt", "glrt"]) + "-" + rand(20, ALNUM + "_-")


def slack_token():
    p = rng.choice(["xoxb", "xoxp"])
    if p == "xoxb":
        return f"xoxb-{rand(12, string.digits)}-{rand(13, string.digits)}-{rand(24)}"
    return (f"xoxp-{rand(11, string.digits)}-{rand(11, string.digits)}-"
            f"{rand(13, string.digits)}-{rand(32, HEX)}")


def slack_webhook_path():
    return f"services/T{rand(8, UPPER_NUM)}/B{rand(10, UPPER_NUM)}/{rand(24)}"


def stripe_key():
    return rng.choice(["sk_live_", "sk_live_", "rk_live_", "sk_test_"]) + rand(rng.choice([24, 99]))


def google_key():
    return "AIza" + rand(35, B64URL)


def openai_key():
    if rng.random() < 0.3:
        return "sk-" + rand(20) + "T3BlbkFJ" + rand(20)
    return "sk-proj-" + rand(74, B64URL) + "T3BlbkFJ" + rand(74, B64URL)


def anthropic_key():
    return "sk-ant-api03-" + rand(93, B64URL) + "AA"


def mistral_key():
    return rand(32)


def hf_token():
    return "hf_" + rand(34, string.ascii_letters)


def azure_storage_key():
    return b64(64)


def azure_sas_key():
    return b64(32)


def jwt():
    header = b64url(b'{"alg":"HS256","typ":"JWT"}')
    sub = rng.randrange(10**6, 10**9)
    payload = b64url(f'{{"sub":"{sub}","role":"compta","iat":{rng.randrange(1_700_000_000, 1_800_000_000)}}}'.encode())
    return f"{header}.{payload}.{rand(43, B64URL)}"


def opaque_token():
    return rng.choice([rand(32, HEX), rand(40, HEX), rand(48, ALNUM), rand(64, HEX)])


def pem_body(lines):
    return "\n".join(rand(64, B64) for _ in range(lines)) + "\n" + rand(24, B64) + "=="


def private_key_block():
    kind = rng.choice(["RSA ", "", "OPENSSH ", "EC "])
    return f"-----BEGIN {kind}PRIVATE KEY-----\n{pem_body(rng.randrange(3, 8))}\n-----END {kind}PRIVATE KEY-----"


# --- look-alike non-secrets ------------------------------------------------------------------

def commit_hash():
    return hashlib.sha1(rand(20).encode()).hexdigest()


def integrity():
    return "sha512-" + base64.b64encode(hashlib.sha512(rand(20).encode()).digest()).decode()


def a_uuid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def colour():
    return "#" + rand(6, HEX)


def data_image():
    return "data:image/png;base64," + b64(rng.randrange(60, 120))


def ssh_public_key():
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + rand(300, B64) + " deploy@ci"


def public_block(name):
    return f"-----BEGIN {name}-----\n{pem_body(4)}\n-----END {name}-----"


PLACEHOLDERS = ["changeme", "${DB_PASSWORD}", "<your-api-key>", "{{ vault_db_password }}",
                "%(password)s", "xxxxxxxxxxxxxxxx", "********", "your_password_here", "null",
                "example", "dummy", "test", "${SECRET_KEY:-}", "<mot-de-passe>", "CHANGE_ME",
                "placeholder", "REDACTED", "true", "false", "{{ .Values.password }}"]


def placeholder():
    return rng.choice(PLACEHOLDERS)


ENV_KEYS_PW = ["DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD", "SMTP_PASSWORD",
               "REDIS_PASSWORD", "ADMIN_PASS", "LDAP_BIND_PASSWORD", "MAIL_PASSWORD",
               "RABBITMQ_DEFAULT_PASS", "KEYCLOAK_ADMIN_PASSWORD"]
ENV_KEYS_TOKEN = ["API_KEY", "SECRET_KEY", "JWT_SECRET", "APP_SECRET", "SENTRY_AUTH_TOKEN",
                  "WEBHOOK_SECRET", "SESSION_SECRET", "ENCRYPTION_KEY", "CLIENT_SECRET",
                  "PAYPLUG_SECRET_KEY", "QONTO_API_KEY", "PENNYLANE_API_TOKEN"]


# --- documents -------------------------------------------------------------------------------

def env_file():
    lines = ["# .env — ne pas committer", f"APP_NAME=facturation-{rand(4, string.ascii_lowercase)}",
             "APP_ENV=production", f"APP_URL=https://compta.exemple.fr", "LOG_LEVEL=info"]
    for _ in range(rng.randrange(5, 9)):
        r = rng.randrange(16)
        if r == 0:
            lines.append(f"AWS_ACCESS_KEY_ID={S(aws_access_key())}")
            lines.append(f"AWS_SECRET_ACCESS_KEY={S(aws_secret_key())}")
        elif r == 1:
            lines.append(f"GITHUB_TOKEN={S(github_token())}")
        elif r == 2:
            lines.append(f"STRIPE_SECRET_KEY={S(stripe_key())}")
            lines.append(N(f"STRIPE_PUBLISHABLE_KEY=pk_live_{rand(24)}"))
        elif r == 3:
            lines.append(f"OPENAI_API_KEY={S(openai_key())}")
        elif r == 4:
            lines.append(f"ANTHROPIC_API_KEY={S(anthropic_key())}")
        elif r == 5:
            lines.append(f"MISTRAL_API_KEY={S(mistral_key())}")
        elif r == 6:
            lines.append(f"HF_TOKEN={S(hf_token())}")
        elif r == 7:
            lines.append(f"SLACK_BOT_TOKEN={S(slack_token())}")
            lines.append(f"SLACK_WEBHOOK_URL=https://hooks.slack.com/{S(slack_webhook_path())}")
        elif r == 8:
            user = rng.choice(["app", "compta", "facturation", "odoo"])
            host = rng.choice(["db", "postgres.internal", "10.0.3.12", "pg-prod.acme.local"])
            lines.append(f"DATABASE_URL=postgres://{user}:{S(url_password())}@{host}:5432/{user}")
        elif r == 9:
            lines.append(f"{rng.choice(ENV_KEYS_PW)}={S(human_password())}")
        elif r == 10:
            lines.append(f"{rng.choice(ENV_KEYS_TOKEN)}={S(opaque_token())}")
        elif r == 11:
            quote = rng.choice(['"', "'"])
            lines.append(f"{rng.choice(ENV_KEYS_PW)}={quote}{S(human_password())}{quote}")
        elif r == 12:
            lines.append(N(f"{rng.choice(ENV_KEYS_PW)}={placeholder()}"))
        elif r == 13:
            lines.append(N(f"{rng.choice(ENV_KEYS_TOKEN)}=${{{rng.choice(ENV_KEYS_TOKEN)}}}"))
        elif r == 14:
            lines.append(f"GITLAB_TOKEN={S(gitlab_token())}")
        else:
            lines.append(f"GOOGLE_MAPS_API_KEY={S(google_key())}")
        if rng.random() < 0.5:
            lines.append(N(rng.choice([
                f"REQUEST_ID={a_uuid()}",
                f"GIT_SHA={commit_hash()}",
                f"PASSWORD_MIN_LENGTH={rng.randrange(8, 16)}",
                f"TOKEN_TTL={rng.choice([900, 3600, 86400])}",
                f"BRAND_COLOR={colour()}",
                "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
                "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                f"SECRET_NAME=prod/{rng.choice(['db', 'api', 'smtp'])}/credentials",
                "OPENAI_API_KEY=sk-...",
                f"MAX_TOKENS={rng.choice([1024, 2048, 4096])}",
            ])))
    return "\n".join(lines) + "\n"


def compose_file():
    pw = human_password()
    out = ["version: \"3.9\"", "services:", "  db:", "    image: postgres:16",
           "    environment:", "      POSTGRES_USER: compta"]
    if rng.random() < 0.5:
        out.append(f"      POSTGRES_PASSWORD: {S(pw)}")
    else:
        out.append(N(f"      POSTGRES_PASSWORD: {rng.choice(['${POSTGRES_PASSWORD}', 'changeme', '${DB_PASSWORD:?err}'])}"))
    out += ["    volumes:", "      - pgdata:/var/lib/postgresql/data", "  app:",
            f"    image: registry.exemple.fr/compta/app@sha256:{hashlib.sha256(rand(8).encode()).hexdigest()}"]
    stats["negatives"] += 1
    out.append("    environment:")
    out.append(f"      DATABASE_URL: postgresql://compta:{S(url_password())}@db:5432/compta")
    if rng.random() < 0.6:
        out.append(f"      SECRET_KEY: \"{S(opaque_token())}\"")
    if rng.random() < 0.5:
        out.append(f"      SENTRY_DSN: https://{rand(32, HEX)}@o{rand(6, string.digits)}.ingest.sentry.io/{rand(7, string.digits)}")
        stats["negatives"] += 1
    out.append(N(f"      JWT_SECRET: {rng.choice(['${JWT_SECRET}', '{{ jwt_secret }}', '<set-me>'])}"))
    out.append(N(f"      TOKEN_EXPIRY: {rng.choice(['3600', '15m', '1h'])}"))
    out.append(N("    secrets:\n      - db_password"))
    out.append(N("      - source: api_token\n        target: api_token"))
    return "\n".join(out) + "\n"


def k8s_secret():
    out = ["apiVersion: v1", "kind: Secret", "metadata:", f"  name: app-{rand(5, string.ascii_lowercase)}",
           "type: Opaque", "stringData:"]
    out.append(f"  password: {S(human_password())}")
    out.append(f"  api-token: \"{S(opaque_token())}\"")
    out.append("---")
    out.append("env:")
    out.append(N("  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password"))
    return "\n".join(out) + "\n"


def python_script():
    out = ["import os", "import requests", "import psycopg2", "", f"# build {commit_hash()}"]
    stats["negatives"] += 1
    r = rng.randrange(6)
    if r == 0:
        out.append(f"API_KEY = \"{S(opaque_token())}\"")
    elif r == 1:
        out.append(f"client = OpenAI(api_key=\"{S(openai_key())}\")")
    elif r == 2:
        out.append(f"stripe.api_key = \"{S(stripe_key())}\"")
    elif r == 3:
        out.append(f"HF_TOKEN = \"{S(hf_token())}\"")
    elif r == 4:
        out.append(f"client = Mistral(api_key=\"{S(mistral_key())}\")")
    else:
        out.append(f"s3 = boto3.client(\"s3\", aws_access_key_id=\"{S(aws_access_key())}\",")
        out.append(f"                  aws_secret_access_key=\"{S(aws_secret_key())}\")")
    out.append(N("API_KEY = os.environ[\"API_KEY\"]"))
    out.append(N("password = os.getenv(\"DB_PASSWORD\")"))
    out.append("")
    out.append("def connect():")
    if rng.random() < 0.6:
        out.append(f"    return psycopg2.connect(host=\"db\", user=\"compta\", password=\"{S(human_password())}\")")
    else:
        out.append(N("    return psycopg2.connect(host=\"db\", user=\"compta\", password=password)"))
    out.append("")
    out.append("def login(session, form):")
    out.append(N("    password = form[\"password\"]"))
    out.append(N("    token_type = \"bearer\""))
    out.append(N("    if not check_password(password, user.password_hash):"))
    out.append("        raise PermissionError(\"mot de passe invalide\")")
    out.append(N("    token = session.post(TOKEN_URL, data={\"grant_type\": \"client_credentials\"}).json()[\"access_token\"]"))
    out.append(N(f"    headers = {{\"Authorization\": f\"Bearer {{token}}\", \"X-Request-Id\": \"{a_uuid()}\"}}"))
    if rng.random() < 0.5:
        out.append(f"    headers[\"Authorization\"] = \"Bearer {S(opaque_token())}\"")
    out.append(N("    self.password_field = PasswordInput(label=\"Mot de passe\")"))
    out.append(N("    user.set_password(getPassword())"))
    return "\n".join(out) + "\n"


def js_config():
    out = ["// config.js", "module.exports = {"]
    out.append(f"  firebaseApiKey: \"{S(google_key())}\",")
    out.append(N(f"  primaryColor: \"{colour()}\","))
    out.append(N(f"  buildId: \"{commit_hash()[:12]}\","))
    out.append(N("  apiKey: process.env.API_KEY,"))
    if rng.random() < 0.5:
        out.append(f"  jwtSecret: \"{S(opaque_token())}\",")
    out.append(N(f"  logo: \"{data_image()}\","))
    out.append(N("  tokenizer: \"cl100k_base\","))
    out.append(N("  passwordPolicy: { minLength: 12, requireDigit: true },"))
    out.append("};")
    return "\n".join(out) + "\n"


def package_lock():
    out = ["{", "  \"name\": \"compta-front\",", "  \"lockfileVersion\": 3,", "  \"packages\": {"]
    for name in rng.sample(["react", "lodash", "axios", "dayjs", "zod", "vite", "jsonwebtoken"], 3):
        out.append(f"    \"node_modules/{name}\": {{")
        out.append(f"      \"version\": \"{rng.randrange(1, 20)}.{rng.randrange(10)}.{rng.randrange(10)}\",")
        out.append(f"      \"resolved\": \"https://registry.npmjs.org/{name}/-/{name}.tgz\",")
        out.append(N(f"      \"integrity\": \"{integrity()}\""))
        out.append("    },")
    out.append("  }")
    out.append("}")
    return "\n".join(out) + "\n"


def gcp_json():
    key = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(rand(64, B64) for _ in range(5)) + "\\n-----END PRIVATE KEY-----\\n"
    proj = f"compta-{rand(6, string.ascii_lowercase + string.digits)}"
    return "\n".join([
        "{",
        "  \"type\": \"service_account\",",
        f"  \"project_id\": \"{proj}\",",
        N(f"  \"private_key_id\": \"{rand(40, HEX)}\","),
        f"  \"private_key\": \"{S(key)}\",",
        f"  \"client_email\": \"exporter@{proj}.iam.gserviceaccount.com\",",
        N(f"  \"client_id\": \"{rand(21, string.digits)}\","),
        "  \"token_uri\": \"https://oauth2.googleapis.com/token\"",
        "}",
    ]) + "\n"


def appsettings_json():
    out = ["{", "  \"ConnectionStrings\": {"]
    pw = url_password()
    out.append(f"    \"Default\": \"Server=sql01.acme.local;Database=Paie;User Id=paie_app;Password={S(pw)};TrustServerCertificate=True\",")
    if rng.random() < 0.5:
        out.append(f"    \"Storage\": \"DefaultEndpointsProtocol=https;AccountName=acme{rand(4, string.digits)};AccountKey={S(azure_storage_key())};EndpointSuffix=core.windows.net\",")
    else:
        out.append(f"    \"Bus\": \"Endpoint=sb://acme-{rand(4, string.ascii_lowercase)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={S(azure_sas_key())}\",")
    out.append(N("    \"Local\": \"Server=(localdb)\\\\mssqllocaldb;Database=Paie;Trusted_Connection=True\""))
    out.append("  },")
    out.append("  \"Smtp\": {")
    out.append("    \"Host\": \"smtp.exemple.fr\",")
    out.append(f"    \"Password\": \"{S(human_password())}\",")
    out.append(N("    \"PasswordResetUrl\": \"https://compta.exemple.fr/reset\""))
    out.append("  },")
    out.append(N(f"  \"InstanceId\": \"{a_uuid()}\","))
    out.append(N(f"  \"Jwt\": {{ \"Secret\": \"{rng.choice(['', '<secret>', '${JWT_SECRET}'])}\", \"ExpiresInMinutes\": 60 }}"))
    out.append("}")
    return "\n".join(out) + "\n"


def php_config():
    return "\n".join([
        "<?php",
        "return [",
        f"    'db_host' => '127.0.0.1',",
        f"    'db_pass' => '{S(human_password())}',",
        N("    'db_pass_confirm' => $_POST['password'],"),
        f"    'api_secret' => '{S(opaque_token())}',",
        N("    'password' => env('DB_PASSWORD'),"),
        "];",
    ]) + "\n"


def xml_config():
    out = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<configuration>", "  <appSettings>"]
    out.append(f"    <add key=\"PayplugSecretKey\" value=\"{S(opaque_token())}\" />")
    out.append(N("    <add key=\"TokenLifetimeMinutes\" value=\"60\" />"))
    out.append(N(f"    <add key=\"ThemeColor\" value=\"{colour()}\" />"))
    out.append("  </appSettings>")
    out.append("  <datasource>")
    out.append("    <username>compta</username>")
    out.append(f"    <password>{S(human_password().replace('<', '!').replace('&', '#'))}</password>")
    out.append(N("    <passwordPolicy>strict</passwordPolicy>"))
    out.append("  </datasource>")
    out.append("</configuration>")
    return "\n".join(out) + "\n"


def ini_file():
    out = ["[default]", "region = eu-west-3"]
    out.append(f"aws_access_key_id = {S(aws_access_key())}")
    out.append(f"aws_secret_access_key = {S(aws_secret_key())}")
    out.append("")
    out.append("[smtp]")
    out.append("user = factures@exemple.fr")
    out.append(f"password = {S(human_password())}")
    out.append(N("password_file = /etc/compta/smtp.pass"))
    out.append(N("token_endpoint = https://auth.exemple.fr/oauth/token"))
    return "\n".join(out) + "\n"


def log_excerpt():
    out = []
    t = rng.randrange(0, 20000)
    for _ in range(rng.randrange(6, 10)):
        t += rng.randrange(1, 60)
        ts = f"2026-11-{rng.randrange(1, 28):02d} {t // 3600 % 24:02d}:{t // 60 % 60:02d}:{t % 60:02d}"
        r = rng.randrange(10)
        if r == 0:
            out.append(f"{ts} DEBUG auth: POST /login user=jdupont password={S(url_password())} status=401")
        elif r == 1:
            out.append(f"{ts} INFO  http: GET /api/factures Authorization: Bearer {S(jwt())}")
        elif r == 2:
            out.append(f"{ts} WARN  worker: retry with token={S(opaque_token())}")
        elif r == 3:
            out.append(f"{ts} ERROR db: could not connect to mysql://compta:{S(url_password())}@10.0.{rng.randrange(256)}.{rng.randrange(1, 255)}:3306/compta")
        elif r == 4:
            out.append(N(f"{ts} INFO  deploy: commit {commit_hash()} deployed by ci (request {a_uuid()})"))
        elif r == 5:
            out.append(N(f"{ts} INFO  auth: token refreshed, expires_in=3600, token_type=bearer"))
        elif r == 6:
            out.append(N(f"{ts} WARN  auth: invalid password for user jdupont (attempt {rng.randrange(1, 5)})"))
        elif r == 7:
            out.append(f"{ts} DEBUG slack: POST https://hooks.slack.com/{S(slack_webhook_path())} 200")
        elif r == 8:
            out.append(N(f"{ts} INFO  cache: key=facture:{rand(16, HEX)} hit"))
        else:
            out.append(N(f"{ts} DEBUG s3: ETag \"{rand(32, HEX)}\" uploaded"))
    return "\n".join(out) + "\n"


def shell_history():
    out = []
    out.append(f"git clone https://{S(github_token())}@github.com/acme/compta.git")
    out.append(f"curl -H \"Authorization: Bearer {S(opaque_token())}\" https://api.exemple.fr/v1/factures")
    out.append(N("curl -H \"Authorization: Bearer $API_TOKEN\" https://api.exemple.fr/v1/factures"))
    out.append(f"export ANTHROPIC_API_KEY={S(anthropic_key())}")
    out.append(N(f"git checkout {commit_hash()}"))
    out.append(N(f"docker pull ghcr.io/acme/app@sha256:{hashlib.sha256(rand(8).encode()).hexdigest()}"))
    out.append(f"huggingface-cli login --token {S(hf_token())}")
    return "\n".join(out) + "\n"


def keys_doc():
    out = ["Clé de déploiement (à ne pas diffuser) :", S(private_key_block()), ""]
    out.append("Clé publique à ajouter sur le serveur :")
    out.append(N(ssh_public_key()))
    out.append("")
    out.append(N(public_block("PUBLIC KEY")))
    out.append("")
    out.append(N(public_block("CERTIFICATE")))
    return "\n".join(out) + "\n"


def email_fr():
    pw = human_password()
    out = ["Bonjour Claire,", "",
           "Voici les accès au nouvel espace client de la banque :",
           "Identifiant : compta.acme",
           f"Mot de passe : {S(pw)}", "",
           "Pense à le changer à la première connexion (rubrique « mot de passe oublié » si besoin).",
           N("Le secret professionnel s'applique à ces informations."),
           N("Le token d'accès expire au bout de 3600 secondes."),
           ]
    if rng.random() < 0.5:
        out.append(f"Pour l'API, api_key={S(opaque_token())}")
    out.append(N(f"Référence du dossier : {a_uuid()}"))
    out += ["", "Bonne journée,", "Marc"]
    return "\n".join(out) + "\n"


def misc_tokens():
    out = []
    for _ in range(6):
        r = rng.randrange(8)
        if r == 0:
            out.append(f"slack: {S(slack_token())}")
        elif r == 1:
            out.append(f"GITLAB_TOKEN: {S(gitlab_token())}")
        elif r == 2:
            out.append(f"\"id_token\": \"{S(jwt())}\"")
        elif r == 3:
            out.append(f"Cookie: session={S(jwt())}")
        elif r == 4:
            out.append(N(f"background: {colour()}; border-color: {colour()};"))
        elif r == 5:
            out.append(N(f"\"id\": \"{a_uuid()}\", \"parent\": \"{commit_hash()}\""))
        elif r == 6:
            out.append(N(f"<img src=\"{data_image()}\" alt=\"logo\">"))
        else:
            out.append(f"google_client_secret: {S('GOCSPX-' + rand(28, B64URL))}")
    return "\n".join(out) + "\n"


def hard_cases():
    """Look-alikes that trip naive detectors, and secrets in less common places (some of
    which caviard is known to miss: a passphrase with spaces, an all-lowercase word)."""
    user = rng.choice(["jdupont", "cmartin", "deploy"])
    negatives = [
        "fetch(url, { credentials: \"include\", mode: \"cors\" })",
        f"arn:aws:secretsmanager:eu-west-3:{rand(12, string.digits)}:secret:prod/db-{rand(6)}",
        f"OLDPWD=/home/{user}/compta",
        "WWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\"",
        "<input type=\"password\" name=\"password\" autocomplete=\"current-password\">",
        "digest = hashlib.sha256(password.encode()).hexdigest()",
        "secret = secrets.token_hex(32)",
        "\"password\": \"Mot de passe\",",
        "API_KEY_HEADER = \"X-Api-Key\"",
        f"checksum: {hashlib.sha256(rand(9).encode()).hexdigest()}",
        "Le mot de passe doit contenir au moins 12 caractères.",
        "Mot de passe : voir le coffre KeePass de l'équipe.",
        f"paiement pi_{rand(24)} du client cus_{rand(14)}",
        "password = var.db_password",
        f"\"token_count\": {rng.randrange(100, 9000)},",
        "secret: true",
        f"\"thumbnail\": \"{b64(90)}\",",
        "private_key_path: ~/.ssh/id_ed25519",
        f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rand(43, B64)} {user}@laptop",
        "dsn = f\"postgres://{user}:{password}@{host}/compta\"",
        "api_version: 2024-06-01",
        "Authorization: Bearer {{token}}",
        "\"client_secret\": \"\",",
        f"\"etag\": \"W/\\\"{rand(27, B64URL)}\\\"\"",
        f"sessionStorage.setItem(\"token\", token); // {a_uuid()}",
        f"user.password_changed_at = \"2026-0{rng.randrange(1, 9)}-1{rng.randrange(10)}T08:00:00Z\"",
        f"docker login --password-stdin registry.exemple.fr < ~/.docker/pass",
    ]
    out = [N(x) for x in rng.sample(negatives, 9)]
    pw = url_password()
    positives = [  # built lazily: only the chosen ones are labeled and counted
        lambda: f"mysql -h db.acme.local -u root -p{S(pw)} compta < dump.sql",
        lambda: f"sshpass -p {S(url_password())} ssh {user}@10.0.0.{rng.randrange(2, 250)}",
        lambda: f"mysqldump --user=backup --password={S(url_password())} --all-databases",
        lambda: f"Lien de réinitialisation : https://compta.exemple.fr/reset?token={S(rand(32, HEX))}",
        lambda: f"Authorization: Basic {S(base64.b64encode(f'{user}:{pw}'.encode()).decode())}",
        lambda: f"    'PASSWORD': '{S(human_password())}',",
        lambda: f"spring.datasource.password={S(human_password())}",
        lambda: f"  \"apiKey\": \"{S(opaque_token())}\"",
    ]
    out += [rng.choice(positives)() for _ in range(3)]
    if rng.random() < 0.25:
        # Known misses, kept so that the figures are honest.
        out.append(rng.choice([
            f"password = \"{S('correct horse battery ' + rng.choice(WORDS).lower())}\"",
            f"mdp : {S(rng.choice(WORDS).lower())}",
        ]))
    rng.shuffle(out)
    return "\n".join(out) + "\n"


DOCS = [
    ("env", env_file, 30),
    ("compose", compose_file, 20),
    ("k8s", k8s_secret, 10),
    ("python", python_script, 25),
    ("js", js_config, 15),
    ("lock", package_lock, 8),
    ("gcp", gcp_json, 8),
    ("appsettings", appsettings_json, 15),
    ("php", php_config, 10),
    ("xml", xml_config, 10),
    ("ini", ini_file, 10),
    ("log", log_excerpt, 20),
    ("shell", shell_history, 10),
    ("keys", keys_doc, 10),
    ("email", email_fr, 15),
    ("misc", misc_tokens, 15),
    ("hard", hard_cases, 30),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.endswith(".txt"):
            os.remove(os.path.join(OUT, old))
    labels = 0
    for name, make, count in DOCS:
        with open(os.path.join(OUT, f"{name}.txt"), "w", encoding="utf-8") as f:
            for i in range(count):
                doc = make()
                labels += doc.count("⟦SECRET|")
                f.write(f"===== {name} {i + 1} =====\n{doc}\n")
    # The labels written are counted, not the S() calls (some build strings left unused).
    print(f"{labels} labeled secrets, {stats['negatives']} look-alike non-secrets")


if __name__ == "__main__":
    main()
