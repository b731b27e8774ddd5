using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class Msg91RulesSamples
{
    private static readonly string Key = FakeKey.Of(FakeKey.Random(TestKeys.Digits, 6, 1), "A", FakeKey.Random(FakeKey.Base62, 17, 2));

    private static readonly string LongKey = FakeKey.Of(FakeKey.Random(TestKeys.Digits, 6, 3), "A", FakeKey.Random(FakeKey.Base62, 21, 4));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("msg91-auth-key", Key, "MSG91_AUTH_KEY")
        .FindsIn("msg91-auth-key", "a send URL", $"$url = \"https://api.msg91.com/api/sendhttp.php?authkey={Key}&mobiles=919900000000&message=Hi\";", Key)
        .Ignores("msg91-auth-key", "no MSG91 named", $"value: {Key}")
        .FindsIn("msg91-auth-key", "a key of 21 characters after the A", $"$url = \"https://control.msg91.com/api/v5/otp?authkey={LongKey}&mobile=919900000000\";", LongKey);
}
