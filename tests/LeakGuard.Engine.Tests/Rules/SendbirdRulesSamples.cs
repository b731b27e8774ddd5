using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SendbirdRulesSamples
{
    private static readonly string SendbirdAccessToken = FakeKey.Random(FakeKey.Hex, 40, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("sendbird-access-token", SendbirdAccessToken, "SENDBIRD_API_TOKEN")
        .Ignores("sendbird-access-token", "no sendbird context", $"\"checksum\": \"{SendbirdAccessToken}\"")
        .Ignores("sendbird-access-token", "one character short", $"sendbird: {SendbirdAccessToken[..^1]}");
}
