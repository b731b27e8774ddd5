using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class IniPasswordRulesSamples
{
    private static readonly string Generated = FakeKey.Random(FakeKey.Base62, 25, 81);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("ini-password", "grafana.ini's admin password", $"[security]\nadmin_user = admin\nadmin_password = {Generated}\ncookie_secure = true\n", Generated)
        .FindsIn("ini-password", "a .pypirc's password for a private index", $"[internal]\nrepository = https://pypi.contoso.internal/\nusername = ci\npassword = {Generated}\n", Generated)
        .Ignores("ini-password", "Python assigning a variable", "    password = generatedPassword1\n    db_password = userInputPassword2\n")
        .Ignores("ini-password", "a word and digits", "admin_password = Administrator1\n")
        .Ignores("ini-password", "a bypass flag's name", $"bypass = {Generated}\n");
}
