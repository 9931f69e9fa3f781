using Orleans.Dashboard;

namespace CaseConference.Gateway.Infrastructure;

/// <summary>
/// The Orleans Dashboard (grains, activations, calls per silo) at <see cref="Path"/> for the
/// people who run the deployment, not for panti staff: on only with <c>Operations:Dashboard</c>
/// (on every silo and gateway alike, since the silos collect what it shows), and only for signed-in
/// accounts listed in <c>Operations:Operators</c> as <c>code:user</c> (panti sign-in code and user
/// name: user names are unique only within a panti); everyone else gets 401/403. Off by default: it
/// samples every silo each second.
/// </summary>
public static class OperatorDashboard
{
    public const string Policy = "operator";
    public const string Path = "/operations/dashboard";

    public static bool Enabled(IConfiguration configuration) => configuration.GetValue<bool>("Operations:Dashboard");

    public static IServiceCollection AddOperatorPolicy(this IServiceCollection services, IConfiguration configuration)
    {
        var operators = configuration.GetSection("Operations:Operators").Get<string[]>() ?? [];
        services.AddAuthorizationBuilder().AddPolicy(Policy,
            p => p.RequireAuthenticatedUser().RequireAssertion(context =>
            context.User.AccountOrNull() is { } account
                && operators.Contains(account.ToString(), StringComparer.OrdinalIgnoreCase)));
        return services;
    }

    public static WebApplication MapOperatorDashboard(this WebApplication app)
    {
        if (Enabled(app.Configuration))
        {
            app.MapOrleansDashboard(Path).RequireAuthorization(Policy);
        }

        return app;
    }
}
