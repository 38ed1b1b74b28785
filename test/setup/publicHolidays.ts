/** Unit tests compute deadlines as the Node entry points do: with the holiday package installed up front. */
import '../../shared/domain/regulatory/holidaysPackage';
