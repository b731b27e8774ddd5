using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class NotionRules
{
    private static readonly Remediation Remediation = new("https://www.notion.so/my-integrations", "Notion:Token", "NOTION_TOKEN");

    // An integration's token, as Notion's examples name it (INTEGRATION_TOKEN) and its SDK (@notionhq/client).
    private static readonly string[] NotionLegacyTokenContext = { "notion", "integration_token" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "notion-integration-token",
            "Notion",
            "Notion integration token (ntn_)",
            Patterns.Token("ntn_[0-9]{11}[A-Za-z0-9]{35}", Patterns.Base62),
            new[] { "ntn_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        ContextGatedRule.Create(
            "notion-legacy-token",
            "Notion",
            "Notion integration token (secret_, next to the word Notion)",
            Patterns.Token("secret_[A-Za-z0-9]{43}", Patterns.Base62),
            NotionLegacyTokenContext,
            Remediation,
            minEntropy: 3.5),
    };
}
