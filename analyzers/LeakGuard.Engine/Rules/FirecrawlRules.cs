using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class FirecrawlRules
{
    private static readonly Remediation Remediation = new("https://www.firecrawl.dev/app/api-keys", "Firecrawl:ApiKey", "FIRECRAWL_API_KEY");

    private static readonly string[] FirecrawlApiKeyContext = { "firecrawl" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "firecrawl-api-key",
            "Firecrawl",
            "Firecrawl API key (fc- and 32 hex digits next to the word Firecrawl)",
            Patterns.Token("fc-[a-f0-9]{32}"),
            FirecrawlApiKeyContext,
            Remediation,
            minEntropy: 3),
    };
}
