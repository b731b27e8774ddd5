using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MidtransRulesSamples
{
    private static readonly string Key = FakeKey.Of("SB-Mid", "-server-", FakeKey.Random(FakeKey.UrlSafe, 24, 33));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("midtrans-server-key", Key, "MIDTRANS_SERVER_KEY")
        .Ignores("midtrans-server-key", "the client key", $"MIDTRANS_CLIENT_KEY=SB-Mid-client-{FakeKey.Random(FakeKey.Base62, 16, 34)}");
}
