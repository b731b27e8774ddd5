using System;
using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SecretDefaultRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/aspnet/core/security/app-secrets", "App:Secret", "APP_SECRET")
    {
        Steps = new[]
        {
            "Rotate the secret: every deployment where the variable is not set runs with the default, and the default is in every clone of the repository.",
            "Remove the default and fail at start-up when the variable or setting is missing, so that no environment runs with a value from the source.",
        },
    };

    private const string Quote = "[\"'`]";

    // What every match holds: the name's last word. Not "key" alone, which nearly every file holds.
    private static readonly string[] Keywords =
    {
        "secret", "token", "pwd", "pass",
        "api_key", "apikey", "api-key", "private_key", "privatekey", "private-key", "signing_key", "signingkey", "signing-key",
        "access_key", "accesskey", "access-key", "auth_key", "authkey", "auth-key", "encryption_key", "encryptionkey",
        "encryption-key", "app_key", "appkey", "app-key", "master_key", "masterkey", "master-key", "client_key", "clientkey",
        "client-key", "hmac_key", "hmackey", "hmac-key",
    };

    // A variable or setting named for a secret, the word ending the name: JWT_SECRET, SECRET_KEY, DB_PASSWORD,
    // API_TOKEN, jwt.secret, ENCRYPTION_KEY; not CACHE_KEY or TOKEN_TTL. Unbounded: a counted loop multiplied the states
    // of the non-backtracking automaton, which a scan builds as it goes.
    private const string Name =
        "[a-z0-9_.-]*(?:secret|token|passw(?:or)?d|pwd|pass|(?:api|private|signing|secret|access|auth|encryption|app|master|client|hmac)[_-]?key)";

    // A literal value: no reference ("$OTHER", "{{ x }}", "<key>") and no space.
    private const string Value = "(?<secret>[^\\s\"'`\\\\$%{<\\[][^\\s\"'`\\\\]{7,127})";

    // What reads the variable and gives the default (Name at the end of a member, an index or a call's argument):
    //   process.env.JWT_SECRET || "…", os.environ.get("SECRET_KEY") or "…", Environment.GetEnvironmentVariable("API_TOKEN") ?? "…",
    //   getenv('DB_PASSWORD') ?: '…', System.getenv("DB_PASSWORD") ?: "…" (Kotlin), ENV["API_TOKEN"] || "…";
    //   os.getenv("DB_PASSWORD", "…"), env("APP_KEY", "…"), config("SECRET_KEY", default="…"), ENV.fetch("API_TOKEN", "…"),
    //   getOrDefault("JWT_SECRET", "…"), and any call handed the name then the value (headers.Add("token", "…"));
    //   a shell's, a compose file's or Spring's placeholder with its default: ${DB_PASSWORD:-…}, ${jwt.secret:…};
    //   a Go struct's tag for envconfig or caarlos0/env: `envconfig:"JWT_SECRET" default:"…"`, `env:"API_TOKEN" envDefault:"…"`.
    private const string Pattern =
        "(?i)[.\\[(]" + Quote + "?" + Name
        + Quote + "?[\\])]?(?:[ \\t]{0,3}(?:\\|\\||\\?\\?|\\?:)[ \\t]{0,3}|[ \\t]{1,3}or[ \\t]{1,3})" + Quote + Value + Quote
        + "|\\(" + Quote + Name + Quote + "[ \\t]{0,3},[ \\t]{0,3}(?:default[ \\t]{0,3}=[ \\t]{0,3})?" + Quote + Value + Quote
        + "|\\$\\{" + Name + "(?::?[-=]|:)(?<secret>[^\\s\"'`\\\\$%{<\\[}][^\\s\"'`\\\\}]{7,127})\\}"
        + "|(?:envconfig|env):\"" + Name + "\"[ \\t]{1,3}(?:default|envdefault):\"" + Value + "\"";

    // A secret's variable or setting whose default, in the source, is the secret itself: when the variable is not set,
    // the application runs with a value anyone with the repository has.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "secret-default",
            "Generic",
            "Secret written as the default of its environment variable or setting, or handed to a call with its name (process.env.JWT_SECRET || \"…\", os.getenv(\"DB_PASSWORD\", \"…\"), ${DB_PASSWORD:-…})",
            Pattern,
            Keywords,
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 3,
            IsPlausible = value => PasswordValue.IsNoName(value) && !PasswordValue.IsStandIn(value) && !IsPattern(value) && (GenericValue.IsPlausible(value) || PasswordValue.IsStrong(value)),
            Allowlist = GenericRules.NotSecretNames,
            MadeLocally = true,
            IsFallback = true,
        },
    };

    // A regular expression of a key's shape ("6L[A-Za-z0-9_-]{38}"), as scanners and validators write beside a name.
    private static bool IsPattern(string value) => value.IndexOf("]{", StringComparison.Ordinal) >= 0 || value.IndexOf("]+", StringComparison.Ordinal) >= 0;
}
