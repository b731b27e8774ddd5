using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AtlassianRules
{
    private static readonly Remediation Remediation = new("https://id.atlassian.com/manage-profile/security/api-tokens", "Atlassian:ApiToken", "ATLASSIAN_API_TOKEN");

    private static readonly string[] AtlassianLegacyApiTokenContext = { "jira_", "jira-", "jiraapi", "jiratoken", "confluence", "atlassian" };

    private static readonly Remediation DataCenterRemediation = new("https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html", "Jira:PersonalAccessToken", "JIRA_API_TOKEN");

    private static readonly string[] DataCenterContext = { "jira", "confluence" };

    private static readonly string[] TrelloContext = { "trello" };

    // An Atlassian Cloud token's body after its "ATATT3" or "ATCTT3": 186 characters as issued, the last nine an '=' and
    // a checksum in hex; a token of another length is known by that ending.
    private const string CloudTokenBody = "(?:[A-Za-z0-9_=-]{186}|[A-Za-z0-9_=-]{150,240}=[A-Fa-f0-9]{8})";

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // A Jira or Confluence Data Center personal access token: Bitbucket Data Center's token without its "BBDC-"
        // (base 64 of a 12-digit id, ':' and 20 random bytes, so the 17th character is the 'O' of the ':').
        new SecretRule(
            "atlassian-data-center-pat",
            "Atlassian",
            "Jira or Confluence Data Center personal access token (base 64 of an id and a secret, next to Jira or Confluence)",
            Patterns.Token("[MNO][A-Za-z0-9+/]{15}O[A-Za-z0-9+/]{27}", Patterns.Base64),
            DataCenterContext,
            DataCenterRemediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = DataCenterContext,
            MinEntropy = 4,
            Validator = DataCenterTokens.IsIdAndSecret,
        },
        new SecretRule(
            "atlassian-api-token",
            "Atlassian",
            "Atlassian (Jira, Confluence) API token",
            Patterns.Token("ATATT3" + CloudTokenBody),
            new[] { "ATATT3" },
            Remediation)
        {
            MinEntropy = 4,
        },
        new SecretRule(
            "atlassian-access-token",
            "Atlassian",
            "Atlassian / Bitbucket repository, project or workspace access token",
            Patterns.Token("ATCTT3" + CloudTokenBody),
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
            Validator = token => Checksums.HasHexCrc32Suffix(token, upperCase: true),
        },

        // Trello's tokens before "ATTA": 64 hex digits, beside the API key in api.trello.com's ?key=…&token=… or under
        // TRELLO_TOKEN. They do not expire unless asked to.
        ContextGatedRule.Create(
            "trello-legacy-token",
            "Atlassian",
            "Trello API token, legacy format (64 hex digits next to Trello)",
            Patterns.Token("[a-f0-9]{64}", Patterns.Base62),
            TrelloContext,
            Remediation,
            minEntropy: 3),
    };
}
