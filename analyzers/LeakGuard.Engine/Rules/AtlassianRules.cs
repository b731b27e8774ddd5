using System.Collections.Generic;
using System.Globalization;

namespace LeakGuard.Engine.Rules;

internal static class AtlassianRules
{
    private static readonly Remediation Remediation = new("https://id.atlassian.com/manage-profile/security/api-tokens", "Atlassian:ApiToken", "ATLASSIAN_API_TOKEN");

    private static readonly string[] AtlassianLegacyApiTokenContext = { "jira_", "jira-", "jiraapi", "jiratoken", "confluence", "atlassian" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "atlassian-api-token",
            "Atlassian",
            "Atlassian (Jira, Confluence) API token",
            Patterns.Token("ATATT3[A-Za-z0-9_=-]{186}"),
            new[] { "ATATT3" },
            Remediation)
        {
            MinEntropy = 4,
        },
        new SecretRule(
            "atlassian-access-token",
            "Atlassian",
            "Atlassian / Bitbucket repository, project or workspace access token",
            Patterns.Token("ATCTT3[A-Za-z0-9_=-]{186}"),
            new[] { "ATCTT3" },
            Remediation)
        {
            MinEntropy = 4,
        },
        ContextGatedRule.Create(
            "atlassian-legacy-api-token",
            "Atlassian",
            "Atlassian (Jira, Confluence) legacy API token (24 characters next to Jira, Confluence or Atlassian)",
            Patterns.Token("[A-Za-z0-9]{24}"),
            AtlassianLegacyApiTokenContext,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
        // "ATTA", 64 hex digits, then the CRC-32 of those 68 characters in 8 upper-case hex digits.
        new SecretRule(
            "trello-token",
            "Atlassian",
            "Trello API token",
            Patterns.Token("ATTA[a-f0-9]{64}[A-F0-9]{8}", Patterns.Base62),
            new[] { "ATTA" },
            Remediation)
        {
            MinEntropy = 3.5,
            Validator = HasValidTrelloChecksum,
        },
    };

    private static bool HasValidTrelloChecksum(string token) =>
        Crc32.Compute(token.Substring(0, 68)).ToString("X8", CultureInfo.InvariantCulture) == token.Substring(68);
}
