using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ApiNinjasRules
{
    private static readonly Remediation Remediation = new("https://api-ninjas.com/profile", "ApiNinjas:ApiKey", "API_NINJAS_KEY");

    // An API Ninjas key: the base 64 of 16 bytes, its "==" and 16 letters and digits, sent as X-Api-Key. No other key
    // has that shape, so a key's name is context enough where the host is in another file.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "api-ninjas-api-key",
            "API Ninjas",
            "API Ninjas API key (22 base 64 characters, \"==\" and 16 letters and digits, next to API Ninjas' name or a key's)",
            Patterns.Token("[A-Za-z0-9+/]{22}==[A-Za-z0-9]{16}", Patterns.Base64),
            new[] { "ninja", "x-api-key", "apikey", "api_key", "api-key" },
            Remediation,
            minEntropy: 3.5),
    };
}
