"""Export des factures vers le data lake (script de l'équipe compta)."""
import os

import boto3
import psycopg2
import requests

# TODO: sortir ces valeurs du code avant la mise en prod
AWS_ACCESS_KEY_ID = "AKIAUJZDEGXDNCF32EPF"
AWS_SECRET_ACCESS_KEY = "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"
OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]
SLACK_WEBHOOK = "https://hooks.slack.com/services/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"
BRAND_COLOR = "#1f6feb"
BUILD = "9fceb02d0ae598e95dc970b74767f19372d61af8"


def connect():
    return psycopg2.connect(
        host="db.compta.internal",
        user="export",
        password="Zt8#kq2LmVx9",
    )


def login(form):
    password = form["password"]
    token_type = "bearer"
    if not check_password(password):
        raise PermissionError("mot de passe invalide")
    return requests.post(
        "https://api.exemple.fr/oauth/token",
        headers={"Authorization": "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkplYW4gRHVwb250IiwiaWF0IjoxNzE2MjM5MDIyfQ.qG3omjMyXHCabM6JOF8EFd0Nhcy-1kGD2VD-eR1UYza"},
    )


s3 = boto3.client("s3", aws_access_key_id=AWS_ACCESS_KEY_ID, aws_secret_access_key=AWS_SECRET_ACCESS_KEY)
