import { useLocation, useNavigate } from 'react-router';

/** Shows the router's current address and offers "back", for tests of URL-driven pages. */
export function LocationProbe() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <div data-testid="location">{`${location.pathname}${location.search}`}</div>
      <button type="button" onClick={() => void navigate(-1)}>
        test: back
      </button>
    </>
  );
}
