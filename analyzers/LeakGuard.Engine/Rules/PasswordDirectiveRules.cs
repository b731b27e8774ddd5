using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PasswordDirectiveRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/aspnet/core/security/app-secrets", "App:Password", "APP_PASSWORD")
    {
        Steps = new[]
        {
            "Change the password wherever it opens something (the database, the server, the account): it is in every clone of the repository and in every image built from it.",
            "Pass it at run time instead (a secret mount, the orchestrator's secrets, an environment variable the deployment sets) and keep the file free of it.",
        },
    };

    // The directives that set a variable with a space, not '=', between its name and its value: a Dockerfile's legacy
    // ENV, Apache's SetEnv, csh's and launchctl's setenv, Windows' setx, fish's set -x, nginx's fastcgi_param (uwsgi_param,
    // scgi_param) and env.
    private const string Directive = "(?:^|\\n)[ \\t]*(?:launchctl[ \\t]{1,3})?(?:env|setenv|setx|(?:fastcgi|uwsgi|scgi)_param|set[ \\t]{1,3}-[a-z]{1,3})[ \\t]{1,3}";

    // A variable named for a password, that name whole: DB_PASSWORD, MYSQL_PWD, SMTP_PASS, not BYPASS or PASSWORD_FILE.
    private const string Name = "(?:[a-z0-9_.-]{0,40}(?:passw(?:or)?d|pwd|passphrase)|(?:[a-z0-9_.-]{0,40}[_.-])?pass)[ \\t]{1,3}";

    // The value to the end of the line (nginx ends it with ';'), quoted or not, that starts like no reference ($DB_PASS,
    // {{ pass }}, <password>).
    private const string Value =
        "(?:\"(?<secret>[^\"\\r\\n{$<\\[][^\"\\r\\n]{7,63})\"|'(?<secret>[^'\\r\\n{$<\\[][^'\\r\\n]{7,63})'|(?<secret>[^\\s\"'`#{$<\\[;][^\\s\"'`;]{7,63}))"
        + "[ \\t]*;?[ \\t]*(?:\\r|\\n|$)";

    // A password a Dockerfile, a web server's or a shell's configuration sets as a variable. The directive and the name
    // say what it is; a value made as password policies make one, and no reference or stand-in, says it is real.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "password-directive",
            "Generic",
            "Password set by a configuration directive (Dockerfile ENV, Apache SetEnv, setenv, setx, nginx fastcgi_param)",
            "(?i)" + Directive + Name + Value,
            new[] { "env ", "env\t", "setx", "_param", "set -" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 2.8,
            IsPlausible = value => PasswordValue.IsStrongAndNoName(value) && !PasswordValue.IsStandIn(value),
            MadeLocally = true,
        },
    };
}
