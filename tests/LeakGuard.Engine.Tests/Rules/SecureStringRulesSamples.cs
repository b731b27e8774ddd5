using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SecureStringRulesSamples
{
    private static readonly string Password = FakeKey.Of("Wint3r", "-", FakeKey.Random(FakeKey.Base62, 8, 1), "!");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("powershell-plaintext-password", "an application's password", $"$SecureStringPassword = ConvertTo-SecureString -String \"{Password}\" -AsPlainText -Force\nNew-AzureRmADApplication -DisplayName $name -Password $SecureStringPassword", Password)
        .FindsIn("powershell-plaintext-password", "a new account's password, single-quoted", $"New-ADUser -Name svc-build -AccountPassword (ConvertTo-SecureString '{Password}' -AsPlainText -Force)", Password)
        .FindsIn("powershell-plaintext-password", "the switches first", $"$pass = ConvertTo-SecureString -AsPlainText -Force -String \"{Password}\"", Password)
        .Ignores("powershell-plaintext-password", "a variable's value", "$pass = ConvertTo-SecureString -String \"$env:DEPLOY_PASSWORD\" -AsPlainText -Force")
        .Ignores("powershell-plaintext-password", "an encrypted standard string", $"$pass = ConvertTo-SecureString \"{FakeKey.Random(FakeKey.Hex, 64, 2)}\"")
        .Ignores("powershell-plaintext-password", "a demo password", "$pass = ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force");
}
