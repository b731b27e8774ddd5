using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NetworkCredentialRulesSamples
{
    private static readonly string Password = FakeKey.Random(FakeKey.Base62, 12, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("network-credential-password", "an SMTP client's credentials", $"Credentials = new NetworkCredential(\"alerts@contoso.com\", \"{Password}\"),", Password)
        .FindsIn("network-credential-password", "the user from a setting", $"var credential = new System.Net.NetworkCredential(settings.SmtpUser, \"{Password}\");", Password)
        .FindsIn("network-credential-password", "a domain after the password", $"new NetworkCredential(\"IntegrationTester\", \"{Password}\", \"DEV2\")", Password)
        .FindsIn("network-credential-password", "PowerShell", $"$credential = New-Object System.Net.NetworkCredential(\"svc-deploy\", \"{Password}\")", Password)
        .FindsIn("network-credential-password", "the password on the next line", $"                    smtpClient.Credentials = new NetworkCredential(\"alerts@contoso.com\",\n                    \"{Password}\");", Password)
        .FindsIn("network-credential-password", "a password of seven characters", $"client.Credentials = new NetworkCredential(\"alerts@contoso.com\", \"{Password[..7]}\");", Password[..7])
        .FindsIn("network-credential-password", "MailKit", $"await client.AuthenticateAsync(\"alerts@contoso.com\", \"{Password}\");", Password)
        .FindsIn("network-credential-password", "C#'s named arguments", $"new System.Net.NetworkCredential(userName: \"svc_build\", password: \"{Password}\")", Password)
        .Ignores("network-credential-password", "read from configuration", "new NetworkCredential(user, configuration[\"Smtp:Password\"])")
        .Ignores("network-credential-password", "a demo password", "new NetworkCredential(\"admin\", \"password\")")
        .Ignores("network-credential-password", "a password named after what it opens", "proxy.Credentials = new NetworkCredential(\"proxyuser\", \"proxypass\");")
        .Ignores("network-credential-password", "anonymous FTP's e-mail address", "new NetworkCredential(\"anonymous\", \"anonymous@contoso.com\")")
        .Ignores("network-credential-password", "5 characters", $"new NetworkCredential(\"svc\", \"{Password[..5]}\")")
        .Ignores("network-credential-password", "a setting's name", "new NetworkCredential(\"svc\", \"SMTP_PASSWORD_VALUE\")")
        .Ignores("network-credential-password", "an Authenticate that takes a scheme first", "await AuthenticationHttpContextExtensions.AuthenticateAsync(context, \"Identity.Application\");");
}
