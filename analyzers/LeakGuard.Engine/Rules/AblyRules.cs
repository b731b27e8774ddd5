using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AblyRules
{
    private static readonly Remediation Remediation = new("https://ably.com/accounts", "Ably:ApiKey", "ABLY_API_KEY");

    private static readonly string[] Context = { "ably" };

    // An API key: the app's id, '.', the key's id, ':' and a secret of 43 characters (16 in older keys). It publishes,
    // subscribes and reads history; a root key mints tokens for every capability. Nothing in it names Ably, so Ably
    // must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "ably-api-key",
            "Ably",
            "Ably API key (appId.keyId:secret next to Ably)",
            Patterns.Token("[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{6}:(?:[A-Za-z0-9_-]{43}|[A-Za-z0-9_-]{16})", Patterns.UrlSafeOrDot),
            Context,
            Remediation,
            minEntropy: 4),
    };
}
