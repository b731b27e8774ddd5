using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PasswordDirectiveRulesSamples
{
    private static readonly string Password = FakeKey.Of("Quay", "#", FakeKey.Random(TestKeys.Digits, 4, 31), "Lm");

    private static readonly string Generated = FakeKey.Random(FakeKey.Base62, 20, 32);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("password-directive", "a Dockerfile's legacy ENV", $"FROM mcr.microsoft.com/mssql/server:2022-latest\nENV ACCEPT_EULA Y\nENV MSSQL_SA_PASSWORD {Password}\nEXPOSE 1433\n", Password)
        .FindsIn("password-directive", "Apache's SetEnv, quoted", $"<VirtualHost *:80>\n    SetEnv DB_PASS \"{Generated}\"\n</VirtualHost>\n", Generated)
        .FindsIn("password-directive", "nginx's fastcgi_param, which ends with ';'", $"location ~ \\.php$ {{\n    fastcgi_param DB_PASSWORD {Password};\n}}\n", Password)
        .FindsIn("password-directive", "csh's setenv", $"setenv PGPASSWORD {Generated}\n", Generated)
        .FindsIn("password-directive", "Windows' setx", $"setx SMTP_PASSWORD \"{Password}\"\r\n", Password)
        .FindsIn("password-directive", "fish's set -gx", $"set -gx REDIS_PASS {Generated}\n", Generated)
        .Ignores("password-directive", "a reference to another variable", "ENV DB_PASSWORD ${DB_PASSWORD}\nSetEnv DB_PASS \"$DB_PASS\"\n")
        .Ignores("password-directive", "a Windows variable and a template hole", "setx DB_PASSWORD %DB_PASSWORD%\nfastcgi_param DB_PASSWORD {{ db_password }};\n")
        .Ignores("password-directive", "a demo password", "ENV POSTGRES_PASSWORD postgres\nENV MYSQL_ROOT_PASSWORD password123\n")
        .Ignores("password-directive", "a name that only ends in 'pass', and a password's file", $"ENV BYPASS {Generated}\nENV DB_PASSWORD_FILE /run/secrets/db_password\n")
        .Ignores("password-directive", "prose that starts with a directive's word", $"set -x before running, then type the password {Password} when asked\n")
        .Ignores("password-directive", "a hash in the variable", "ENV ADMIN_PASSWORD sha256:5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8\n");
}
