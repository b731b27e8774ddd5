using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PubNubRulesSamples
{
    private static readonly string Key = FakeKey.Of("sec", "-c-", FakeKey.Random(FakeKey.Base64, 48, 51));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("pubnub-secret-key", Key, "PUBNUB_SECRET_KEY")
        .Ignores("pubnub-secret-key", "a subscribe key", $"subscribeKey: 'sub-c-{TestKeys.Uuid(52)}'");
}
