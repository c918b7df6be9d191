namespace PayGov.Gateway.Events;

public static class EventsServiceCollectionExtensions
{
    public static IServiceCollection AddEvents(this IServiceCollection services)
    {
        services.AddSingleton<EventOutbox>();
        services.AddScoped<EventService>();
        return services;
    }
}
