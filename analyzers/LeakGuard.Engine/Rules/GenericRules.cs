using System;
using System.Collections.Generic;
using LeakGuard.Engine.Configuration;

namespace LeakGuard.Engine.Rules;

internal static class GenericRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/aspnet/core/security/app-secrets", "App:Secret", "APP_SECRET");

    private const string Names = "(?:api[_-]?key|secret|token|passw(?:or)?d|pwd|access[_-]?key|auth[_-]?(?:token|key)|credential|private[_-]?key)";

    // Not starting with '=': "token==…" compares.
    private const string Value = "[a-z0-9_+/~-][a-z0-9_+/=~-]{15,127}";

    // A name such as "clientSecret", "OPENAI_API_KEY" or "\"token\"" then an assignment (=, :, =>, :=) then the value.
    // '(' or '.' may not end the value, so that a call such as GetToken2() or a member such as Token_1.Token is not taken
    // for one; a name right after ':' is a segment of an ARN or URN ("arn:aws:secretsmanager:...:secret:MySecret-a1b2c3"),
    // not an assignment.
    private const string Assignment =
        "(?:^|[^a-z0-9_.:-])[a-z0-9_.-]{0,40}" + Names + "[a-z0-9_.-]{0,20}[\"'`]?[ \\t]{0,5}(?::=|=>|=|:)[ \\t]{0,5}[\"'`]?"
        + "(?<secret>" + Value + ")(?:$|[^a-z0-9_+/=~(.-])";

    // The analyzer scans a literal alone and passes the name it is bound to as context: the whole text is the value.
    private const string WholeValue = "^(?<secret>" + Value + ")$";

    private static readonly string[] Context =
    {
        "apikey", "api_key", "api-key", "secret", "token", "password", "passwd", "pwd", "accesskey", "access_key",
        "authkey", "auth_key", "auth-key", "credential", "privatekey", "private_key",
    };

    // Names that sound secret but hold opaque handles: pagination and change tokens that APIs hand back, and
    // cancellation tokens in .NET code; and the public half of a pair, a key's or token's id ("AWS_ACCESS_KEY_ID",
    // "MODAL_TOKEN_ID"; not Vault's secret_id, which is the credential); what a secret became, under a name that says so
    // (a ciphertext: "rcloneEncryptedClientSecret", "PrivateKeyCiphertextBlob"; a digest, a signature or an address,
    // named last: "accessTokenHash", "oauth_signature", a token contract's "tokenAddress"). Rails' secret_key_base has a rule of its own, which tells production's
    // from the development and test keys that `rails new` writes into secrets.yml.
    internal static readonly Allowlist NotSecretNames = Allowlist.OfPatterns(
        AllowlistTarget.Match,
        "(?i)(?:next|continuation|page|pagination|change|sync|cancellation|verification)[_-]?token|public[_-]?key[_-]?token|secret_key_base|(?:key|token|credential)[_-]?id[\"'`]?[ \\t]{0,5}(?::=|=>|=|:)|(?:encrypted|obscured|cipher[_-]?text)[a-z0-9_.-]{0,30}[\"'`]?[ \\t]{0,5}(?::=|=>|=|:)|(?:hash|digest|signature|address)[\"'`]?[ \\t]{0,5}(?::=|=>|=|:)");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "generic-secret",
            "Generic",
            "High-entropy value assigned to a secret-sounding name",
            "(?i)" + Assignment + "|" + WholeValue,
            Context,
            Remediation)
        {
            Confidence = Confidence.Low,
            ContextKeywords = Context,
            MinEntropy = 3.5,
            IsPlausible = GenericValue.IsPlausible,
            Allowlist = NotSecretNames,
            MadeLocally = true,
        },
    };
}
