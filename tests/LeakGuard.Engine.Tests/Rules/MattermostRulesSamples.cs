using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MattermostRulesSamples
{
    private static readonly string MattermostAccessToken = FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 26, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mattermost-access-token", MattermostAccessToken, "MATTERMOST_TOKEN")
        .Ignores("mattermost-access-token", "no mattermost context", $"\"checksum\": \"{MattermostAccessToken}\"")
        .Ignores("mattermost-access-token", "one character short", $"mattermost: {MattermostAccessToken[..^1]}");
}
