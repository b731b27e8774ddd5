using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MattermostRulesSamples
{
    private static readonly string MattermostAccessToken = FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 26, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mattermost-access-token", MattermostAccessToken, "MATTERMOST_TOKEN")
        .Ignores("mattermost-access-token", "no mattermost context", $"\"checksum\": \"{MattermostAccessToken}\"")
        .Ignores("mattermost-access-token", "one character short", $"mattermost: {MattermostAccessToken[..^1]}")
        .Ignores("mattermost-access-token", "a team's and a channel's ids", $"MATTERMOST_URL = \"https://chat.example.test\"\nMATTERMOST_TEAM_ID = \"{FakeKey.Random(TestKeys.LowerAlphanumeric, 26, 5)}\"\nMATTERMOST_CHANNEL_ID = \"{FakeKey.Random(TestKeys.LowerAlphanumeric, 26, 6)}\"\n")
        .FindsIn("mattermost-access-token", "the token beside the ids", $"MATTERMOST_TEAM_ID = \"{FakeKey.Random(TestKeys.LowerAlphanumeric, 26, 5)}\"\nMATTERMOST_TOKEN = \"{MattermostAccessToken}\"\n", MattermostAccessToken);
}
