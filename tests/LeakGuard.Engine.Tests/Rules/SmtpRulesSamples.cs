using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SmtpRulesSamples
{
    private static readonly string Password = FakeKey.Of("Tr4vel", "!Summer", FakeKey.Random(TestKeys.Digits, 4, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("smtp-password", "appsettings.json's mail settings", $"\"Smtp\": {{\n    \"Host\": \"smtp.office365.com\",\n    \"Port\": 587,\n    \"UserName\": \"noreply@contoso.com\",\n    \"Password\": \"{Password}\"\n  }}", Password)
        .FindsIn("smtp-password", "an App.config's appSettings", $"<appSettings>\n  <add key=\"SMTPServer\" value=\"smtp.office365.com\" />\n  <add key=\"SMTPPassword\" value=\"{Password}\" />\n</appSettings>", Password)
        .FindsIn("smtp-password", "Go's smtp.PlainAuth", $"auth := smtp.PlainAuth(\"\", \"alerts@contoso.com\", \"{Password}\", \"smtp.office365.com\")", Password)
        .FindsIn("smtp-password", "Ruby's Net::SMTP.start", $"Net::SMTP.start(\"mail.contoso.de\", 587, \"contoso.com\", \"wholesale\", \"{Password}\", :login) do |smtp|", Password)
        .Ignores("smtp-password", "PlainAuth given a variable", "auth := smtp.PlainAuth(\"\", cfg.User, os.Getenv(\"SMTP_PASSWORD\"), cfg.Host)")
        .FindsIn("smtp-password", "a VB field", $"Private Shared SmtpPassword As String = \"{Password}\"", Password)
        .FindsIn("smtp-password", "a C# auto-property", $"public string SmtpPassword {{ get; set; }} = \"{Password}\";", Password)
        .FindsIn("smtp-password", "a .env", $"SMTP_HOST=mail.contoso.com\nSMTP_PASS={Password}\n", Password)
        .FindsIn("smtp-password", "Spring's application.properties", $"spring.mail.host=smtp.gmail.com\nspring.mail.username=ops@contoso.com\nspring.mail.password={Password}\n", Password)
        .FindsIn("smtp-password", "Django's settings", $"EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'\nEMAIL_HOST_USER = 'ops@contoso.com'\nEMAIL_HOST_PASSWORD = '{Password}'\n", Password)
        .FindsIn("password-assignment", "a database's password, no SMTP near: a password, not a mail account's", $"\"Database\": {{ \"Host\": \"db.contoso.com\", \"Password\": \"{Password}\" }}", Password)
        .Ignores("smtp-password", "a placeholder", "\"Smtp\": { \"Host\": \"smtp.contoso.com\", \"Password\": \"your-smtp-password\" }")
        .Ignores("smtp-password", "a reference to the environment", "\"Smtp\": { \"Host\": \"smtp.contoso.com\", \"Password\": \"${SMTP_PASSWORD}\" }")
        .Ignores("smtp-password", "a masked value", "\"Smtp\": { \"Host\": \"smtp.contoso.com\", \"Password\": \"********\" }")
        .Ignores("smtp-password", "a demo password", "\"Smtp\": { \"Host\": \"smtp.contoso.com\", \"Password\": \"password123\" }")
        .FindsIn("password-assignment", "an unquoted password under a name that is not mail's", $"smtp:\n  host: smtp.contoso.com\ndb:\n  password: {Password}\n", Password)
        .Ignores("smtp-password", "an OpenAPI example's string", "\"smtp_settings\": { \"server\": \"smtp.contoso.com\", \"password\": \"string\" }")
        .Ignores("smtp-password", "a value named after the password", "smtp_password: 'smtp_password_value',")
        .Ignores("smtp-password", "code that copies the password", "// SMTP settings\nthis.smtp_password = data.smtp_password;\nsmtp_auth_password=smtp_auth_password,\nsmtp_server_password=dict(no_log=True),\nsmtp_password: undefined,")
        .Ignores("smtp-password", "a test that assigns a variable", "smtp.user, smtp.password = sim_auth\nsmtp.password = mailPasswordFromVault");
}
