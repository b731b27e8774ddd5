using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PasswordAssignmentRules
{
    private static readonly Remediation Remediation = new("https://learn.microsoft.com/aspnet/core/security/app-secrets", "App:Password", "APP_PASSWORD")
    {
        Steps = new[]
        {
            "Change the password wherever it opens something (the database, the server, the account): it is in every clone of the repository.",
            "Read it from configuration (user secrets in development, an environment variable or a key vault in production) instead of the file.",
        },
    };

    // A name whose last word is a password's: "password", "DB_PASSWORD", "PGPASSWORD", "spring.datasource.password",
    // "ansible_become_pass", "mysqlPwd", "passphrase", SSSD's "ldap_default_authtok", a keystore's "AndroidSigningKeyPass";
    // not "password_hash", "PasswordPolicy" or "bypass". Up to 30 characters before the word, as a match may start
    // after any '_', '.' or '-' of a longer name: more would take the pattern past the non-backtracking engine's limit
    // of 10,000 automaton nodes.
    private const string NameWord = "(?:[a-z0-9_.-]{0,30}(?:passw(?:or)?d|pwd|passphrase|authtok|keypass|storepass)|(?:[a-z0-9_.-]{0,30}[_.-])?pass)";

    private const string Name = "(?:^|[^a-z0-9])" + NameWord;

    // What every match holds: a password's word, or "pass" after a separator or before an assignment. "pass" alone is in
    // too much code and prose ("passed", "bypass") to gate the pattern on.
    private static readonly string[] Keywords = { "passw", "pwd", "passphrase", "authtok", "keypass", "storepass", "_pass", ".pass", "-pass", "pass=", "pass:", "pass\"", "pass'", "pass>" };

    // The name and the value as a pair's two entries: a Kubernetes container's or an Azure Pipelines' variable
    // (- name: DB_PASSWORD, then value: …), a HAR's form field ("name": "password", "value": "…"), a Postman
    // collection's or environment's variable ("key": "password", "value": "…").
    private const string NamedPair =
        "(?:^|[^a-z0-9])(?:name|key)[\"']?:[ \\t]{0,3}[\"']?" + NameWord + "[\"']?[ \\t]{0,3},?[ \\t]{0,3}(?:\\r?\\n[ \\t]{0,40})?[\"']?value[\"']?:[ \\t]{0,3}";

    // An ARM template's parameters file: the parameter named for the password, its value inside ("adminPassword":
    // { "value": "…" }).
    private const string ArmParameter = "[\"']?[ \\t]{0,3}:[ \\t]{0,3}\\{[ \\t\\r\\n]{0,40}[\"']value[\"'][ \\t]{0,3}:[ \\t]{0,3}";

    // Groovy's and Ruby's call without parentheses that ends the line: a Gradle signing config's storePassword "…".
    private const string CallWithoutParentheses = "[ \\t]{1,3}" + PasswordValue.Quoted + "[ \\t]*(?:\\r|\\n|$)";

    // A name=value pair a quoted string holds whole, the value ending at the closing quote: docker run's
    // -e "MSSQL_SA_PASSWORD=…", a compose list's - "POSTGRES_PASSWORD=…", a URL's query.
    private const string WholeInQuotes = "=(?<secret>[^\\s\"'`#{$%<\\[,;()=][^\\s\"'`,;()\\[\\]{}]{5,63})[\"']";

    // A setter's or a builder's call with the password as its one argument: Java's dataSource.setPassword("…"),
    // Testcontainers' .withPassword("…"), C#'s UsePassword("…"). The verb must start the name, so that checkPassword,
    // hashPassword and resetPassword, which take a user's input, stay out.
    private const string Setter = "(?:^|[^a-z0-9])(?:set|with|use)_?(?:[a-z0-9]{1,20}_?)?(?:passw(?:or)?d|pwd|passphrase)\\([ \\t]{0,3}" + PasswordValue.Quoted + "[ \\t]{0,3}\\)";

    // An XML element named for the password: Maven's settings.xml <password>, a web.config's or a Spring bean's.
    private const string Element = "<" + NameWord + ">(?<secret>[^\\s<>{$%\\[][^\\s<>]{5,63})</";

    // .NET's application and user settings and resources: an App.config's <setting name="…Password" serializeAs="String">,
    // a Settings.settings' <Setting Name="…Password" …> and a .resx file's <data name="…Password" xml:space="preserve">,
    // the value in the <value> element on the next line.
    private const string Setting =
        "<(?:setting|data)[ \\t]{1,3}name=\"" + NameWord + "\"[^>\\r\\n]{0,100}>[ \\t\\r\\n]{0,40}<value(?:[ \\t]{1,3}profile=\"[^\"\\r\\n]{0,40}\")?>(?<secret>[^\\s<>{$%\\[][^\\s<>]{5,63})</value>";

    // A quoted name, then the value as the next argument: PHP's define('DB_PASSWORD', '…'), putenv, setProperty,
    // Environment.SetEnvironmentVariable("DB_PASSWORD", "…"). The name must say whose password it is: a bare
    // "password" in a list ("password", "scram-sha-256") is one of the list's words.
    private const string Argument = "(?:^|[^a-z0-9])[a-z0-9_.-]" + NameWord + "[\"'][ \\t]{0,3},[ \\t]{0,3}";

    // A comparison with the password written out: a sign-in check's model.Password == "…", .Equals("…") or JavaScript's ===.
    private const string Comparison = "(?:[ \\t]{0,3}(?:={2,3}|!={1,2})[ \\t]{0,3}|\\.equals\\([ \\t]{0,3})";

    // A control's text in a form's designer code (txtPassword.Text = "…") or an input's value in a script.
    private const string ControlText = "\\.(?:text|value)";

    // An unquoted value after a spaced "=" (an INI file's or my.cnf's "password = …") is also how code assigns a
    // variable ("password = user_pw2"), so there it must hold a symbol no name holds ('#' and '$' too: INI files start
    // a comment only at a '#' after a space, and only a variable starts with '$').
    private const string SpacedUnquoted =
        "[ \\t]{1,3}=[ \\t]{1,3}(?<secret>[^\\s\"'`#{$%<\\[,;()=][^\\s\"'`,;()]{0,40}[!@#$%^&*+~?|\\\\/=-][^\\s\"'`,;()]{0,40})[ \\t]*(?:\\r|\\n|$)";

    // A password written where the settings or code give it its name: appsettings.json's "Password", a compose file's
    // MYSQL_ROOT_PASSWORD, Django's DATABASES "PASSWORD", Spring's spring.datasource.password, PHP's 'password' =>,
    // Python's connect(password="…"), an Ansible inventory's ansible_password=. Nothing but the name says what it
    // opens, so only a value made as password policies make one is taken, and demo passwords, placeholders,
    // references and code are passed over.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "password-assignment",
            "Generic",
            "Password assigned in settings or code (eight characters or more, with digits, under a password's name)",
            "(?i)" + Name + "(?:" + ControlText + ")?(?:(?:" + PasswordValue.Assignment + "|" + Comparison + "|" + ArmParameter + ")" + PasswordValue.Quoted
            + "|" + CallWithoutParentheses
            + "|[\"'`]?(?:=|:[ \\t]{1,3})" + PasswordValue.Unquoted
            + "|" + WholeInQuotes
            + "|" + SpacedUnquoted + ")"
            + "|" + NamedPair + "(?:" + PasswordValue.Quoted + "|" + PasswordValue.Unquoted + ")"
            + "|" + Setter
            + "|(?:^|[^a-z0-9])" + Element
            + "|" + Setting
            + "|" + Argument + PasswordValue.Quoted,
            Keywords,
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 2.8,
            IsPlausible = value => PasswordValue.IsStrongAndNoName(value) && !PasswordValue.IsStandIn(value),
            MadeLocally = true,
            IsFallback = true,
        },
    };
}
