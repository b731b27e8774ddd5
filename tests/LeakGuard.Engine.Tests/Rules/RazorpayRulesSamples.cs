using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RazorpayRulesSamples
{
    private static readonly string KeyId = FakeKey.Of("rzp_", "live_", FakeKey.Random(FakeKey.Base62, 14, 1));

    private static readonly string TestKeyId = FakeKey.Of("rzp_", "test_", FakeKey.Random(FakeKey.Base62, 14, 2));

    private static readonly string Secret = FakeKey.Random(FakeKey.Base62, 24, 3);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("razorpay-key-secret", "the SDK's client", $"var client = new RazorpayClient(\"{KeyId}\", \"{Secret}\");", Secret)
        .FindsIn("razorpay-key-secret", "two fields, test mode", $"string key = \"{TestKeyId}\";\nstring secret = \"{Secret}\";", Secret)
        .Ignores("razorpay-key-secret", "a key id alone", $"var options = new {{ key = \"{KeyId}\", amount = 50000 }};")
        .Ignores("razorpay-key-secret", "no key id near", $"value: {Secret}")
        .Ignores("razorpay-key-secret", "one character short", $"new RazorpayClient(\"{KeyId}\", \"{Secret[..^1]}\")");
}
