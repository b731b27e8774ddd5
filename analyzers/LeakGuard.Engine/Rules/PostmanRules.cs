using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PostmanRules
{
    private static readonly Remediation Remediation = new("https://go.postman.co/settings/me/api-keys", "Postman:ApiKey", "POSTMAN_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "postman-api-key",
            "Postman",
            "Postman API key",
            Patterns.Token("PMAK-[0-9a-fA-F]{24}-[0-9a-fA-F]{34}"),
            new[] { "PMAK-" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
