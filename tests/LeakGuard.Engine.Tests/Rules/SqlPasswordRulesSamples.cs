using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SqlPasswordRulesSamples
{
    private static readonly string Password = FakeKey.Random(FakeKey.Base62 + "!#%", 14, 1);

    private static readonly string OraclePassword = FakeKey.Random(TestKeys.LowerAlphanumeric, 12, 2);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Ignores("sql-login-password", "prose that quotes a name after \"identified by\"", "** combination of values in the columns identified by the \"aOrderBy\" field")
        .FindsIn("sql-login-password", "Oracle's CREATE USER with a double-quoted password", $"CREATE USER hr_app IDENTIFIED BY \"{Password}\"\n  DEFAULT TABLESPACE users;", Password)
        .FindsIn("sql-login-password", "SQL Server's CREATE LOGIN", $"CREATE LOGIN [app_reader] WITH PASSWORD = N'{Password}', CHECK_POLICY = OFF;\nGO", Password)
        .FindsIn("sql-login-password", "SQL Server's ALTER LOGIN in C#", $"command.CommandText = \"ALTER LOGIN sa WITH PASSWORD = '{Password}'\";", Password)
        .FindsIn("sql-login-password", "PostgreSQL's CREATE ROLE with options", $"CREATE ROLE reporting WITH LOGIN NOSUPERUSER INHERIT PASSWORD '{Password}';", Password)
        .FindsIn("sql-login-password", "PostgreSQL's ALTER USER", $"ALTER USER \"app\" WITH ENCRYPTED PASSWORD '{Password}';", Password)
        .FindsIn("sql-login-password", "MySQL's CREATE USER", $"CREATE USER 'wordpress'@'%' IDENTIFIED BY '{Password}';\nGRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'%';", Password)
        .FindsIn("sql-login-password", "MySQL's authentication plugin", $"ALTER USER 'root'@'localhost' IDENTIFIED WITH mysql_native_password BY '{Password}';", Password)
        .FindsIn("sql-login-password", "Oracle's unquoted password", $"CREATE USER hr_app IDENTIFIED BY {OraclePassword} DEFAULT TABLESPACE users;", OraclePassword)
        .Ignores("sql-login-password", "a sqlcmd variable", "CREATE LOGIN [app] WITH PASSWORD = N'$(AppPassword)';")
        .Ignores("sql-login-password", "an interpolated variable", "cursor.execute(f\"CREATE USER {user} WITH PASSWORD '{password}'\")")
        .Ignores("sql-login-password", "a variable joined in", "sql = \"CREATE USER \" + user + \" WITH PASSWORD '\" + password + \"'\";")
        .Ignores("sql-login-password", "MySQL's hashed password", "GRANT USAGE ON *.* TO 'app'@'%' IDENTIFIED BY PASSWORD '*6BB4837EB74329105EE4568DDA7DC67ED2CA2AD9';")
        .Ignores("sql-login-password", "a doc comment that quotes a header after \"identified by\"", " * identified by 'x-ms-copy-id'. Possible values include: 'pending',")
        .FindsIn("sql-login-password", "MySQL's CREATE USER IF NOT EXISTS over two lines", $"CREATE USER IF NOT EXISTS 'app'@'10.0.%'\n  IDENTIFIED BY '{Password}';", Password)
        .FindsIn("sql-login-password", "MySQL 5's GRANT that creates the user", $"GRANT ALL PRIVILEGES ON shop.* TO 'shop'@'localhost' IDENTIFIED BY '{Password}';", Password)
        .Ignores("sql-login-password", "prose", "Each commit is identified by comparing the trees of its parents.")
        .Ignores("sql-login-password", "a default password", "CREATE USER keycloak WITH PASSWORD 'password';");
}
