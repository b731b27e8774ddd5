using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CommandLinePasswordRules
{
    private static readonly Remediation Remediation = new("https://dev.mysql.com/doc/refman/8.4/en/password-security-user.html", "App:Password", "APP_PASSWORD")
    {
        Steps = new[]
        {
            "Change the password wherever it opens something: the script is in every clone of the repository, and a password on a command line is also in the shell's history and the process list.",
            "Give it to the tool another way: an environment variable or a file it reads (MYSQL_PWD or an option file, sshpass -e, docker login --password-stdin, openssl's pass:env:), filled from the CI system's secrets.",
        },
    };

    // A value as a shell script writes it: single-quoted (anything goes), double-quoted without a substitution, or bare
    // up to the next space, shell operator or the quote that closes the command (a Jenkinsfile's sh '…'); none starts
    // as a variable, a template hole, a placeholder or an option does.
    private const string Value =
        "(?:'(?<secret>[^'\\r\\n]{6,64})'"
        + "|\"(?<secret>[^\"$`\\\\\\r\\n]{6,64})\""
        + "|(?<secret>[^\\s'\"$`%{<\\\\;|&()-][^\\s'\"`;|&()]{5,63})(?:$|[\\s;|&)'\"`]))";

    // The rest of the command's line before the option.
    private const string Before = "[ \\t](?:[^\\r\\n]{0,200}?[ \\t])?";

    // mysql takes its password only attached (-pX, --password=X): a separate word after -p is the database, and -P is
    // the port. sshpass takes it attached too (-p'X').
    private const string Attached =
        "(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlcheck|mysqlshow|mysqlpump|mariadb|mariadb-dump|mariadb-admin|sshpass)" + Before + "(?:-p|--password=)";

    // The other commands and the options that take a password, matching case (sqlcmd's -P is the password, its -p not).
    private const string Commands =
        "(?:sshpass|(?:docker|podman|nerdctl|buildah|skopeo|helm|oras|crane)[ \\t]{1,3}(?:registry[ \\t]{1,3})?login"
        + "|mongo|mongosh|mongodump|mongorestore|mongoexport|mongoimport|sqlcmd|bcp|redis-cli"
        + "|ldapsearch|ldapadd|ldapmodify|ldapdelete|ldappasswd|ldapwhoami|keytool|openssl|smbclient|lftp|wget)";

    // Each option ends at a space or '=': "-passout" and "-alias" are other options than -p and -a.
    private const string Options =
        "(?:(?:-p|--password|-P|-a|--pass|-w|-(?:storepass|keypass|srcstorepass|deststorepass|srckeypass|destkeypass))(?:[ \\t]{1,3}|=)"
        + "|-(?:passin|passout|password)[ \\t]{1,3}pass:"
        + "|-U[ \\t]{0,3}[^%\\s'\"]{1,64}%"
        + "|-u[ \\t]{0,3}[^,\\s'\"]{1,64},)";

    // chpasswd reads "user:password" lines, as cloud-init scripts and Dockerfiles pipe them in with echo.
    private const string Chpasswd =
        "echo[ \\t]{1,3}(?:-e[ \\t]{1,3})?['\"]?[a-z_][a-z0-9_.-]{0,31}:(?<secret>[^\\s'\"$`:]{6,64})['\"]?[ \\t]{0,3}\\|[ \\t]{0,3}(?:sudo[ \\t]{1,3})?chpasswd";

    // The variable a tool reads its password from, set for one command ahead of it (PGPASSWORD=… psql, MYSQL_PWD=… mysqldump,
    // SSHPASS=… sshpass -e): the line is in the shell's history and the script as it stands.
    private const string EnvironmentPrefix =
        "(?:PGPASSWORD|MYSQL_PWD|SSHPASS|REDISCLI_AUTH|SQLCMDPASSWORD|RESTIC_PASSWORD|BORG_PASSPHRASE|RCLONE_CONFIG_PASS)="
        + "(?:'(?<secret>[^'\\r\\n]{6,64})'|\"(?<secret>[^\"$`\\\\\\r\\n]{6,64})\"|(?<secret>[^\\s'\"$`%{<\\\\;|&()-][^\\s'\"`;|&()]{5,63}))[ \\t]{1,3}[a-z]";

    private const string Pattern = "(?:^|[^a-z0-9_-])(?:(?:" + Attached + "|" + Commands + Before + Options + ")" + Value + "|" + Chpasswd + "|" + EnvironmentPrefix + ")";

    // What password-assignment needs of a value a person wrote applies here too: the option says it is a password, but
    // scripts and READMEs show demo passwords ("-proot", "sshpass -p secret") as often as real ones.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "command-line-password",
            "Generic",
            "Password given to a command on its command line (sshpass -p, mysql -p, docker login -p, sqlcmd -P, wget --password, chpasswd, keytool -storepass, PGPASSWORD=… psql…)",
            Pattern,
            new[] { "sshpass", "mysql", "mariadb", "login", "mongo", "sqlcmd", "bcp ", "redis-cli", "ldap", "keytool", "pass:", "smbclient", "lftp", "wget", "chpasswd", "PGPASSWORD=", "MYSQL_PWD=", "SSHPASS=", "REDISCLI_AUTH=", "SQLCMDPASSWORD=", "RESTIC_PASSWORD=", "BORG_PASSPHRASE=", "RCLONE_CONFIG_PASS=" },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 2.8,
            IsPlausible = PasswordValue.IsStrongAndNoName,
            MadeLocally = true,
        },
    };
}
