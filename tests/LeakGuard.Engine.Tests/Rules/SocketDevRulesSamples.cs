using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SocketDevRulesSamples
{
    private static readonly string Key = FakeKey.Of("skt", "sec_", FakeKey.Random(FakeKey.Base62, 40, 1), "_api");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("socket-api-key", Key, "SOCKET_SECURITY_API_KEY")
        .Ignores("socket-api-key", "without its ending", $"value: sktsec_{FakeKey.Random(FakeKey.Base62, 40, 2)}")
        .Ignores("socket-api-key", "a test's name for a token", "value: sktsec_test_short_lived_token_api")
        .Ignores("socket-api-key", "the free key Socket's CLI publishes", $"export const FREE_API_KEY = '{FakeKey.Of("sktsec_t_--RAN5U4ivau", "y4w37-6aoKyYPDt5Zba", "T5JBVMqiwKo_api")}'");
}
