using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NetrcRulesSamples
{
    private static readonly string Password = FakeKey.Of("Aurora", FakeKey.Random(TestKeys.Digits, 2, 1), "sky");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("netrc-password", "an entry on one line", $"machine ftp.contoso.com login deploy password {Password}\n", Password)
        .FindsIn("netrc-password", "an entry over lines", $"machine git.contoso.com\n  login ci-bot\n  password {Password}\n\nmachine other.example\n", Password)
        .FindsIn("netrc-password", "an entry without a login", $"machine api.contoso.com password {Password}", Password)
        .Ignores("netrc-password", "a demo password", "machine example.com\nlogin daniel\npassword qwerty")
        .Ignores("netrc-password", "a placeholder", "machine example.com login me password $NETRC_PASSWORD")
        .Ignores("netrc-password", "prose about machines", "the build machine reads its password from the vault");
}
