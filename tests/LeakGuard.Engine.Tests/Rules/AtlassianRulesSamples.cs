using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AtlassianRulesSamples
{
    private static readonly string AtlassianApiTokenKey = FakeKey.Of("ATA", "TT3", FakeKey.Random(FakeKey.UrlSafe, 186, 1));

    // A token of another length, known by its ending: '=' and a checksum in hex.
    private static readonly string AtlassianApiTokenOtherLength = FakeKey.Of("ATA", "TT3", FakeKey.Random(FakeKey.UrlSafe, 176, 2), "=", FakeKey.Random(FakeKey.Hex, 8, 3).ToUpperInvariant());

    private static readonly string AtlassianAccessTokenKey = FakeKey.Of("ATC", "TT3", FakeKey.Random(FakeKey.UrlSafe, 186, 11));

    private static readonly string AtlassianLegacyApiTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 24, 21));

    private static readonly string TrelloTokenKey = TestKeys.WithHexCrc32(FakeKey.Of("AT", "TA", FakeKey.Random(FakeKey.Hex, 64, 31)), upperCase: true);

    // Base 64 of a 12-digit id, ':' and 20 random bytes.
    private static readonly string DataCenterPat = FakeKey.Base64Of(FakeKey.Random(TestKeys.Digits, 12, 41) + ":" + FakeKey.Random(FakeKey.Base62, 20, 42));

    // The same shape over an id with a letter in it: not a token.
    private static readonly string NotAnId = FakeKey.Base64Of(FakeKey.Random(TestKeys.Digits, 11, 43) + "a:" + FakeKey.Random(FakeKey.Base62, 20, 44));

    private static readonly string TrelloLegacyToken = FakeKey.Random(FakeKey.Hex, 64, 32);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("atlassian-data-center-pat", "a script for Jira Data Center", $"JIRA_SERVER = 'https://jira.example.test'\nJIRA_API_TOKEN = '{DataCenterPat}'\n", DataCenterPat)
        .Ignores("atlassian-data-center-pat", "the shape over an id with a letter", $"value: {NotAnId} (jira)")
        .Ignores("atlassian-data-center-pat", "no Jira or Confluence near", $"value: {DataCenterPat}")
        .Finds("atlassian-api-token", AtlassianApiTokenKey, "API_KEY")
        .FindsIn("atlassian-api-token", "another length, with the checksum's ending", $"auth = HTTPBasicAuth(\"bot@example.test\", \"{AtlassianApiTokenOtherLength}\")", AtlassianApiTokenOtherLength)
        .Ignores("atlassian-api-token", "one character short", $"value: {AtlassianApiTokenKey[..^1]}")
        .Ignores("atlassian-api-token", "embedded in a longer token", "value: Q" + AtlassianApiTokenKey)
        .Finds("atlassian-access-token", AtlassianAccessTokenKey, "API_KEY")
        .Ignores("atlassian-access-token", "one character short", $"value: {AtlassianAccessTokenKey[..^1]}")
        .Ignores("atlassian-access-token", "embedded in a longer token", "value: Q" + AtlassianAccessTokenKey)
        .Finds("atlassian-legacy-api-token", AtlassianLegacyApiTokenKey, "JIRA_API_TOKEN")
        .Ignores("atlassian-legacy-api-token", "no jira_ context", $"\"checksum\": \"{AtlassianLegacyApiTokenKey}\"")
        .Ignores("atlassian-legacy-api-token", "one character short", $"jira_: {AtlassianLegacyApiTokenKey[..^1]}")
        .Finds("trello-token", TrelloTokenKey, "API_KEY")
        .Ignores("trello-token", "one character short", $"value: {TrelloTokenKey[..^1]}")
        .Ignores("trello-token", "embedded in a longer token", "value: Q" + TrelloTokenKey)
        .FindsIn("trello-token", "an API URL", $"fetch(`https://api.trello.com/1/members/me/boards?key={TestKeys.Hex32(33)}&token={TrelloTokenKey}`)", TrelloTokenKey)
        .Ignores("trello-token", "a checksum that does not match", $"value: {TrelloTokenKey[..^8]}{FakeKey.Random(TestKeys.UpperHex, 8, 32)}")
        .Finds("trello-legacy-token", TrelloLegacyToken, "TRELLO_TOKEN")
        .FindsIn("trello-legacy-token", "a request URL", $"fetch(`https://api.trello.com/1/members/me/boards?key={FakeKey.Random(FakeKey.Hex, 32, 33)}&token={TrelloLegacyToken}`)", TrelloLegacyToken)
        .Ignores("trello-legacy-token", "a SHA-256 beside Trello", $"trello-cli-linux.tar.gz.sha256: {TrelloLegacyToken}");
}
