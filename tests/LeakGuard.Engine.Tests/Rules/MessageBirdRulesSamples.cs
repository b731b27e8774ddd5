using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MessageBirdRulesSamples
{
    private static readonly string MessagebirdApiToken = FakeKey.Random(FakeKey.Base62, 25, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("messagebird-api-token", MessagebirdApiToken, "MESSAGEBIRD_ACCESS_KEY")
        .Ignores("messagebird-api-token", "no messagebird context", $"\"checksum\": \"{MessagebirdApiToken}\"")
        .Ignores("messagebird-api-token", "one character short", $"messagebird: {MessagebirdApiToken[..^1]}")
        .Ignores("messagebird-api-token", "a test key, which sends nothing", $"client = messagebird.Client('test_{MessagebirdApiToken}')");
}
