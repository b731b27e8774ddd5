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
        .FindsByName("razorpay-key-secret", "a variable the Python client's auth takes", $"RAZORPAY_KEY_SECRET = \"{Secret}\"", "razorpay_client = razorpay.Client(auth=(RAZORPAY_KEY_ID, RAZORPAY_KEY_SECRET))", Secret)
        .FindsByName("razorpay-key-secret", "a variable the Node client's options take", $"const KEY_SECRET = \"{Secret}\";", "let instance = new Razorpay({\n  key_id: KEY_ID,\n  key_secret: KEY_SECRET,\n});", Secret)
        .FindsByName("razorpay-key-secret", "a variable the .NET client takes", $"private const string secret = \"{Secret}\";", "var client = new RazorpayClient(key, secret);", Secret)
        .Ignores("razorpay-key-secret", "a variable the client's options do not take as the secret", $"const KEY_NAME = \"{Secret}\";\n{string.Concat(System.Linq.Enumerable.Repeat("log(\"step\");\n", 30))}let instance = new Razorpay({{ key_id: KEY_NAME, key_secret: process.env.SECRET }});")
        .Ignores("razorpay-key-secret", "no key id near", $"value: {Secret}")
        .Ignores("razorpay-key-secret", "one character short", $"new RazorpayClient(\"{KeyId}\", \"{Secret[..^1]}\")");
}
